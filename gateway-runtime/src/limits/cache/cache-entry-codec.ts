/**
 * One stored response as bytes, for stores outside the process (Redis): status (2 bytes), the length of the
 * headers' JSON (4 bytes), the headers' JSON, then the body unchanged, so binary bodies survive byte for byte.
 */
import type { CachedResponse } from "./cache-store";

const HEAD_BYTES = 6;

export function encodeCachedResponse(response: CachedResponse): Buffer {
  const headers = Buffer.from(JSON.stringify(response.headers));
  const head = Buffer.allocUnsafe(HEAD_BYTES);
  head.writeUInt16BE(response.status, 0);
  head.writeUInt32BE(headers.length, 2);
  return Buffer.concat([head, headers, response.body]);
}

/** null for bytes this codec did not write (a foreign or truncated value): the caller treats it as a miss. */
export function decodeCachedResponse(bytes: Buffer): CachedResponse | null {
  if (bytes.length < HEAD_BYTES) return null;
  const status = bytes.readUInt16BE(0);
  const headersEnd = HEAD_BYTES + bytes.readUInt32BE(2);
  if (headersEnd > bytes.length) return null;
  let headers: unknown;
  try {
    headers = JSON.parse(bytes.toString("utf8", HEAD_BYTES, headersEnd));
  } catch {
    return null;
  }
  if (!Array.isArray(headers) || headers.length % 2 !== 0 || !headers.every((part) => typeof part === "string")) return null;
  return { status, headers: headers as string[], body: bytes.subarray(headersEnd) };
}
