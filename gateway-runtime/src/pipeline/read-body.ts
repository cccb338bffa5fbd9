/**
 * Buffers the request body for integrations that transform it (AWS's non-proxy integrations, Lambda proxy,
 * validation): AWS reads the whole payload before mapping it. The 10 MB payload limit is enforced while
 * reading, so an oversized body is never held in memory. The result is kept on the exchange: validation and
 * the integration read the same bytes.
 */
import type { Exchange } from "./exchange";
import { logMethodRequestBody } from "../telemetry/execution-log-lines";

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

const EMPTY_BODY = Buffer.alloc(0);
const EMPTY: BodyResult = { ok: true, body: EMPTY_BODY };

export function readRequestBody(ex: Exchange, maxBytes: number): BodyResult | Promise<BodyResult> {
  if (ex.body) return ex.body;
  const req = ex.req;
  const length = req.headers["content-length"];
  if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) {
    ex.body = EMPTY;
    if (ex.exec?.data) logMethodRequestBody(ex, EMPTY_BODY);
    return EMPTY;
  }
  return new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let seen = 0;
    const finish = (result: BodyResult) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onError);
      ex.body = result;
      if (result.ok && ex.exec?.data) logMethodRequestBody(ex, result.body);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) {
        // Stop buffering; the rest is drained and dropped so the 413 can still be written.
        finish({ ok: false, reason: "too-large" });
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, seen) });
    const onError = () => finish({ ok: false, reason: "aborted" });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onError);
  });
}
