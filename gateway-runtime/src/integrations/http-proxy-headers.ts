/**
 * Header tables for AWS's HTTP_PROXY: hop-by-hop headers never cross the gateway; the backend's Date, Server,
 * Connection and WWW-Authenticate come back renamed to x-amzn-Remapped-* (AWS-BEHAVIOUR 2.2), because the
 * gateway's own values take those names.
 */
import type { IncomingHttpHeaders } from "node:http";

// Per RFC 9110 7.6.1, plus `host` (set to the backend's) and `expect` (Node answers 100-continue itself).
const REQUEST_DROP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "host",
  "expect",
  "x-forwarded-for",
  // The gateway continues the caller's trace with its own span: it sends its own values of these two.
  "traceparent",
  "x-amzn-trace-id",
]);

const RESPONSE_DROP = new Set(["keep-alive", "proxy-connection", "transfer-encoding", "trailer", "upgrade"]);

const RESPONSE_REMAP = new Map([
  ["date", "x-amzn-Remapped-Date"],
  ["server", "x-amzn-Remapped-Server"],
  ["connection", "x-amzn-Remapped-Connection"],
  ["www-authenticate", "x-amzn-Remapped-WWW-Authenticate"],
  // Content-Length passes through: the body is streamed unchanged, so the value stays true and the client
  // gets a framed response instead of a chunked one.
]);

/** Flat [name, value, ...] for the backend, from the client's raw headers, with the gateway's trace headers. */
export function upstreamRequestHeaders(raw: readonly string[], host: string, clientIp: string, trace: { traceparent: string; xray: string }): string[] {
  const out = ["host", host];
  let forwardedFor = "";
  let connection = "";
  for (let i = 0; i < raw.length; i += 2) {
    const lower = raw[i].toLowerCase();
    if (REQUEST_DROP.has(lower)) {
      if (lower === "x-forwarded-for") forwardedFor = forwardedFor ? `${forwardedFor}, ${raw[i + 1]}` : raw[i + 1];
      else if (lower === "connection") connection = raw[i + 1];
      continue;
    }
    out.push(raw[i], raw[i + 1]);
  }
  out.push("x-forwarded-for", forwardedFor ? `${forwardedFor}, ${clientIp}` : clientIp);
  out.push("traceparent", trace.traceparent, "X-Amzn-Trace-Id", trace.xray);
  return connection === "" ? out : dropConnectionListed(out, connection);
}

/** Headers named in Connection are hop-by-hop too (rare: only when it lists more than keep-alive/close). */
function dropConnectionListed(headers: string[], connection: string): string[] {
  const listed = new Set(connection.split(",").map((token) => token.trim().toLowerCase()));
  listed.delete("keep-alive");
  listed.delete("close");
  if (listed.size === 0) return headers;
  const out: string[] = [];
  for (let i = 0; i < headers.length; i += 2) {
    if (!listed.has(headers[i].toLowerCase())) out.push(headers[i], headers[i + 1]);
  }
  return out;
}

/** Flat [name, value, ...] for the client, from the backend's raw headers (undici hands Buffers). */
export function clientResponseHeaders(raw: readonly (Buffer | string)[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toString("latin1");
    const lower = name.toLowerCase();
    if (RESPONSE_DROP.has(lower)) continue;
    out.push(RESPONSE_REMAP.get(lower) ?? name, raw[i + 1].toString("latin1"));
  }
  return out;
}

/** Same, from a parsed header object (when the dispatcher did not expose raw headers). */
export function clientResponseHeadersFromObject(headers: IncomingHttpHeaders): string[] {
  const out: string[] = [];
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined || RESPONSE_DROP.has(name)) continue;
    const outName = RESPONSE_REMAP.get(name) ?? name;
    if (Array.isArray(value)) for (const item of value) out.push(outName, item);
    else out.push(outName, value);
  }
  return out;
}
