/**
 * AWS API Gateway's header rules for REST APIs: which client headers never reach mappings or backends, which
 * headers a requestParameters mapping may not set, and which backend headers come back renamed to
 * `x-amzn-Remapped-<Name>` or not at all. Lists follow AWS's "important notes" (api-gateway-known-issues)
 * narrowed by LocalStack's tests against AWS; names are compared case-insensitively.
 */
import type { IntegrationType } from "../snapshot";

/** Dropped when the request arrives: mappings, templates and every integration type never see them. */
export const REQUEST_HEADERS_DROPPED_ON_ARRIVAL = [
  "Connection",
  "Content-Length",
  "Content-MD5",
  "Expect",
  "Max-Forwards",
  "Proxy-Authenticate",
  "Server",
  "TE",
  "Transfer-Encoding",
  "Trailer",
  "Upgrade",
  "WWW-Authenticate",
] as const;

/**
 * Hop-by-hop headers HTTP forbids forwarding (RFC 9110 7.6.1) that AWS's list does not name because its
 * front end never hands them on either. Portico's addition, so a Node data plane behaves the same.
 */
export const HOP_BY_HOP_HEADERS = ["Keep-Alive", "Proxy-Connection"] as const;

const COMMON_BEFORE_BACKEND = ["Expect", "Proxy-Authenticate", "TE"];

/** Dropped again right before the backend call (after mappings ran), by integration type. */
export const REQUEST_HEADERS_DROPPED_BEFORE_BACKEND: Readonly<Record<IntegrationType, readonly string[]>> = {
  AWS: [...COMMON_BEFORE_BACKEND, "Referer"],
  AWS_PROXY: COMMON_BEFORE_BACKEND,
  HTTP: [...COMMON_BEFORE_BACKEND, "Via"],
  // HTTP_PROXY also replaces Host with the backend's.
  HTTP_PROXY: [...COMMON_BEFORE_BACKEND, "Via", "Host"],
  MOCK: COMMON_BEFORE_BACKEND,
};

const FORBIDDEN_COMMON = ["Content-Length", "Transfer-Encoding", "X-Amzn-Trace-Id", "X-Amzn-Apigateway-Api-Id"];
const FORBIDDEN_AWS = [...FORBIDDEN_COMMON, "Authorization", "Connection", "Expect", "Proxy-Authenticate", "TE"];

/**
 * `integration.request.header.<name>` targets AWS refuses at call time (500, "Execution failed due to
 * configuration error"). AWS integrations also may not set what the gateway's SigV4 signature owns.
 */
export const FORBIDDEN_REQUEST_MAPPING_HEADERS: Readonly<Record<IntegrationType, readonly string[]>> = {
  AWS: FORBIDDEN_AWS,
  AWS_PROXY: FORBIDDEN_AWS,
  HTTP: FORBIDDEN_COMMON,
  HTTP_PROXY: FORBIDDEN_COMMON,
  MOCK: FORBIDDEN_COMMON,
};

export const REMAPPED_HEADER_PREFIX = "x-amzn-Remapped-";

// The gateway's own values take these names on every response.
const REMAPPED_PROXY = ["Connection", "Content-Length", "Date", "Server", "WWW-Authenticate"];
const REMAPPED_NON_PROXY = [
  ...REMAPPED_PROXY,
  "Authorization",
  "Content-MD5",
  "Expect",
  "Host",
  "Max-Forwards",
  "Proxy-Authenticate",
  "Trailer",
  "Upgrade",
  "User-Agent",
];

/**
 * Response headers sent back as `x-amzn-Remapped-<Name>`. For non-proxy integrations this applies to the
 * headers responseParameters produced (the backend's own headers do not pass through those); for proxies to
 * the backend's headers.
 */
export const RESPONSE_HEADERS_REMAPPED: Readonly<Record<IntegrationType, readonly string[]>> = {
  AWS: REMAPPED_NON_PROXY,
  HTTP: REMAPPED_NON_PROXY,
  MOCK: REMAPPED_NON_PROXY,
  AWS_PROXY: REMAPPED_PROXY,
  HTTP_PROXY: REMAPPED_PROXY,
};

/** Response headers left out entirely (the gateway frames the body itself). */
export const RESPONSE_HEADERS_DROPPED: Readonly<Record<IntegrationType, readonly string[]>> = {
  AWS: ["Transfer-Encoding"],
  HTTP: ["Transfer-Encoding"],
  MOCK: ["Transfer-Encoding"],
  AWS_PROXY: ["Transfer-Encoding"],
  // Portico adds Trailer and Upgrade: a streamed proxy forwards neither trailers nor protocol switches.
  HTTP_PROXY: ["Transfer-Encoding", "Via", "Trailer", "Upgrade", ...HOP_BY_HOP_HEADERS],
};

function lowerSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.map((name) => name.toLowerCase()));
}

const ARRIVAL_DROP = lowerSet([...REQUEST_HEADERS_DROPPED_ON_ARRIVAL, ...HOP_BY_HOP_HEADERS]);
const BEFORE_BACKEND = byType(REQUEST_HEADERS_DROPPED_BEFORE_BACKEND);
const FORBIDDEN = byType(FORBIDDEN_REQUEST_MAPPING_HEADERS);
const REMAPPED = new Map(
  Object.entries(RESPONSE_HEADERS_REMAPPED).map(([type, names]) => [
    type,
    new Map(names.map((name) => [name.toLowerCase(), REMAPPED_HEADER_PREFIX + name])),
  ]),
);
const RESPONSE_DROP = byType(RESPONSE_HEADERS_DROPPED);

function byType(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(table).map(([type, names]) => [type, lowerSet(names)]));
}

export function isDroppedOnArrival(name: string): boolean {
  return ARRIVAL_DROP.has(name.toLowerCase());
}

export function isDroppedBeforeBackend(name: string, type: IntegrationType): boolean {
  return BEFORE_BACKEND.get(type)?.has(name.toLowerCase()) ?? false;
}

export function isForbiddenRequestMappingHeader(name: string, type: IntegrationType): boolean {
  return FORBIDDEN.get(type)?.has(name.toLowerCase()) ?? false;
}

/** The name a response header goes out under: itself, `x-amzn-Remapped-<Name>`, or null (dropped). */
export function responseHeaderName(name: string, type: IntegrationType): string | null {
  const lower = name.toLowerCase();
  if (RESPONSE_DROP.get(type)?.has(lower)) return null;
  return REMAPPED.get(type)?.get(lower) ?? name;
}

/**
 * Client headers as mappings and templates see them: arrival drops applied, names kept exactly as sent
 * (mapping lookups are case-sensitive on AWS), repeated headers in order. `raw` is Node's rawHeaders.
 */
export function methodRequestHeaders(raw: readonly string[]): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i];
    if (isDroppedOnArrival(name)) continue;
    (headers[name] ??= []).push(raw[i + 1]);
  }
  return headers;
}

/** Applies responseHeaderName to a flat [name, value, ...] list. */
export function methodResponseHeaders(headers: readonly string[], type: IntegrationType): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < headers.length; i += 2) {
    const name = responseHeaderName(headers[i], type);
    if (name !== null) out.push(name, headers[i + 1]);
  }
  return out;
}
