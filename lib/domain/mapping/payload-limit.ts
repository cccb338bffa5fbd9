/** AWS's REST API payload quota: 10 MB for a request body and for an integration response body. */

export const PAYLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** True when a body (or its declared length) is over the 10 MB quota; exactly 10 MB is allowed. */
export function exceedsPayloadLimit(body: Uint8Array | number, limit = PAYLOAD_LIMIT_BYTES): boolean {
  const length = typeof body === "number" ? body : body.byteLength;
  return length > limit;
}
