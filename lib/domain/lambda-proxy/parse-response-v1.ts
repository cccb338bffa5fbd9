/**
 * AWS API Gateway's reading of a Lambda proxy answer, payload format 1.0 (REST APIs):
 * `{statusCode, headers, multiValueHeaders, body, isBase64Encoded}`, every key optional. Rules, from AWS's docs
 * and LocalStack's AWS-validated tests: anything but a JSON object, or any other top-level key, is
 * "Malformed Lambda proxy response" (502); statusCode may be a number or a numeric string and defaults to 200;
 * header values may be booleans (sent as "true"/"false"); a multiValueHeaders entry must be a list; a name in
 * multiValueHeaders replaces the same name in headers; no Content-Type means application/json.
 * Where AWS is silent Portico follows the Jackson coercions AWS's Java reader applies: numbers in header values
 * and body become their text, null header values are left out. isBase64Encoded bodies are decoded only when
 * the client's first Accept type is a binary media type (otherwise AWS returns the base64 text as is).
 */
import { decodeBase64 } from "../mapping/base64";
import { firstAcceptMediaType, isBinaryMediaType } from "../mapping/media-types";

export const MALFORMED_PROXY_RESPONSE = "Malformed Lambda proxy response";

export interface ProxyResponseFailure {
  ok: false;
  /** The execution-log reason, e.g. "Malformed Lambda proxy response". */
  reason: string;
  /** The gateway response to send, with its status: 502 for malformed answers, 500 for undecodable base64. */
  type: "INTEGRATION_FAILURE" | "API_CONFIGURATION_ERROR";
  status: number;
}

export type ProxyResponseV1 = { ok: true; status: number; headers: [string, string][]; body: Uint8Array } | ProxyResponseFailure;

export interface ProxyResponseOptions {
  /** The client's Accept header. */
  accept?: string;
  /** The RestApi's binaryMediaTypes. */
  binaryMediaTypes?: readonly string[];
}

const KEYS = new Set(["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]);
const UTF8 = new TextEncoder();
const MALFORMED: ProxyResponseFailure = Object.freeze({
  ok: false,
  reason: MALFORMED_PROXY_RESPONSE,
  type: "INTEGRATION_FAILURE",
  status: 502,
});

class Malformed extends Error {}

export function parseProxyResponseV1(payload: string, options: ProxyResponseOptions = {}): ProxyResponseV1 {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return MALFORMED;
  }
  if (!isRecord(value)) return MALFORMED;
  if (Object.keys(value).some((key) => !KEYS.has(key))) {
    // A function that threw comes back as {errorMessage, errorType, ...}; AWS logs it differently, answers the same.
    if (typeof value.errorMessage === "string") {
      return { ...MALFORMED, reason: `Lambda execution failed with status 200 due to customer function error: ${value.errorMessage}` };
    }
    return MALFORMED;
  }
  try {
    const status = statusCode(value.statusCode);
    const headers = mergedHeaders(value.headers, value.multiValueHeaders);
    const text = bodyText(value.body);
    const encoded = booleanFlag(value.isBase64Encoded);
    let body: Uint8Array;
    if (encoded && isBinaryMediaType(firstAcceptMediaType(options.accept), options.binaryMediaTypes ?? [])) {
      const decoded = decodeBase64(text);
      if (decoded === null) {
        return { ok: false, reason: "Unable to base64 decode the body", type: "API_CONFIGURATION_ERROR", status: 500 };
      }
      body = decoded;
    } else {
      body = UTF8.encode(text);
    }
    return { ok: true, status, headers, body };
  } catch (e) {
    if (e instanceof Malformed) return MALFORMED;
    throw e;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function statusCode(value: unknown): number {
  if (value === undefined || value === null) return 200;
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 100 || n > 599) throw new Malformed();
  return n;
}

/** Jackson's scalar-to-string coercion; null means "no value". Objects and lists are not header values. */
function scalarText(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  throw new Malformed();
}

function mergedHeaders(single: unknown, multi: unknown): [string, string][] {
  const out: [string, string][] = [];
  const multiNames = new Set<string>();
  const multiPairs: [string, string][] = [];
  if (multi !== undefined && multi !== null) {
    if (!isRecord(multi)) throw new Malformed();
    for (const [name, values] of Object.entries(multi)) {
      if (!Array.isArray(values)) throw new Malformed();
      multiNames.add(name.toLowerCase());
      for (const v of values) {
        const text = scalarText(v);
        if (text !== null) multiPairs.push([name, text]);
      }
    }
  }
  if (single !== undefined && single !== null) {
    if (!isRecord(single)) throw new Malformed();
    for (const [name, v] of Object.entries(single)) {
      const text = scalarText(v);
      if (text !== null && !multiNames.has(name.toLowerCase())) out.push([name, text]);
    }
  }
  out.push(...multiPairs);
  if (!out.some(([name]) => name.toLowerCase() === "content-type")) out.unshift(["content-type", "application/json"]);
  return out;
}

function bodyText(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = scalarText(value);
  return text ?? "";
}

function booleanFlag(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  throw new Malformed();
}
