/** AWS's 10 MB payload limit, enforced while streaming so an oversized body is never buffered. */
import type { IncomingMessage } from "node:http";
import { Transform, type Readable } from "node:stream";

export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export class PayloadTooLargeError extends Error {
  readonly code = "PORTICO_PAYLOAD_TOO_LARGE";
}

/**
 * The request body to forward: null when there is none; the request itself when its Content-Length was already
 * checked; otherwise (chunked) a pass-through that fails once the limit is crossed.
 */
export function forwardableBody(req: IncomingMessage, maxBytes: number): Readable | null {
  const length = req.headers["content-length"];
  if (length !== undefined) return length === "0" ? null : req;
  if (req.headers["transfer-encoding"] === undefined) return null;
  let seen = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) callback(new PayloadTooLargeError("request body exceeds the payload limit"));
      else callback(null, chunk);
    },
  });
  req.on("error", (error) => limiter.destroy(error));
  return req.pipe(limiter);
}

/** True when a declared Content-Length is over the limit (checked before any integration runs). */
export function declaresTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  const length = req.headers["content-length"];
  return length !== undefined && Number(length) > maxBytes;
}
