/**
 * How AWS's execution log writes values: maps as Java prints them (`{id=1, tag=a}`), credentials masked down to
 * their last four characters (`**********abcd`, as AWS shows API keys), bodies cut at 1 KB with a marker (AWS
 * truncates log events at 1,024 bytes of body). Plain loops: these run per request at INFO.
 */

/** AWS truncates logged bodies after this many bytes. */
export const MAX_LOGGED_BODY_BYTES = 1024;
export const TRUNCATED_MARKER = " [TRUNCATED]";

// Headers whose values are credentials: never logged in full, at any level.
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "cookie",
  "set-cookie",
  "x-amz-security-token",
]);
// Query parameters that commonly carry credentials (presigned URLs, tokens in links): masked too.
const SECRET_QUERY = /key|token|secret|password|passwd|signature|credential|session/i;

/** `**********abcd`: the last four characters of a long enough value, nothing of a short one. */
export function maskSecret(value: string): string {
  return value.length >= 12 ? `**********${value.slice(-4)}` : "****";
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** `{Name=value, ...}` from a flat [name, value, ...] list, credentials masked. */
export function headerList(flat: readonly string[]): string {
  let out = "{";
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (i > 0) out += ", ";
    const name = flat[i];
    out += `${name}=${isSecretHeader(name) ? maskSecret(flat[i + 1]) : flat[i + 1]}`;
  }
  return `${out}}`;
}

/** `{Name=value, ...}` from a header record (one or several values per name), credentials masked. */
export function headerRecord(headers: Readonly<Record<string, string | readonly string[]>>): string {
  let out = "{";
  let first = true;
  for (const name in headers) {
    const raw = headers[name];
    const value = typeof raw === "string" ? raw : raw.join(",");
    out += `${first ? "" : ", "}${name}=${isSecretHeader(name) ? maskSecret(value) : value}`;
    first = false;
  }
  return `${out}}`;
}

/** `{id=1}` for path parameters; query parameters with credential-like names are masked. */
export function valueRecord(values: Readonly<Record<string, string | readonly string[]>>, maskByName = false): string {
  let out = "{";
  let first = true;
  for (const name in values) {
    const raw = values[name];
    const value = typeof raw === "string" ? raw : raw.join(",");
    out += `${first ? "" : ", "}${name}=${maskByName && SECRET_QUERY.test(name) ? maskSecret(value) : value}`;
    first = false;
  }
  return `${out}}`;
}

/** A body for a data-trace line: at most 1 KB of it as UTF-8 text, then the marker when more was there. */
export function truncatedBody(body: Uint8Array | string | null | undefined): string {
  if (body === null || body === undefined) return "";
  if (typeof body === "string") {
    if (body.length <= MAX_LOGGED_BODY_BYTES / 4 || Buffer.byteLength(body) <= MAX_LOGGED_BODY_BYTES) return body;
    return Buffer.from(body).toString("utf8", 0, MAX_LOGGED_BODY_BYTES) + TRUNCATED_MARKER;
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (bytes.length <= MAX_LOGGED_BODY_BYTES) return bytes.toString("utf8");
  return bytes.toString("utf8", 0, MAX_LOGGED_BODY_BYTES) + TRUNCATED_MARKER;
}

/** A URL for the log: query values whose names look like credentials masked, the rest as sent. */
export function maskedUrl(url: string): string {
  const question = url.indexOf("?");
  if (question < 0 || !SECRET_QUERY.test(url.slice(question))) return url;
  const pairs = url.slice(question + 1).split("&");
  for (let i = 0; i < pairs.length; i++) {
    const eq = pairs[i].indexOf("=");
    if (eq > 0 && SECRET_QUERY.test(pairs[i].slice(0, eq))) pairs[i] = `${pairs[i].slice(0, eq)}=${maskSecret(pairs[i].slice(eq + 1))}`;
  }
  return `${url.slice(0, question + 1)}${pairs.join("&")}`;
}
