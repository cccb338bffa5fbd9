/**
 * The headers AWS API Gateway sends to a backend and relays back: non-proxy integrations send only mapped
 * headers plus AWS's defaults; HTTP_PROXY forwards the client's headers minus the ones AWS drops, and relays
 * the backend's answer with reserved names remapped to `x-amzn-Remapped-<Name>`.
 */
import type { IntegrationType } from "../snapshot";
import { isDroppedBeforeBackend, isDroppedOnArrival, REMAPPED_HEADER_PREFIX, responseHeaderName } from "./headers";

export interface BackendHeaderOptions {
  restApiId: string;
  /** The client's method: its Content-Type is carried over only when the method has a body. */
  httpMethod: string;
  /** The client's Content-Type header, if any. */
  contentType?: string;
  /** X-Amzn-Trace-Id to send, when tracing is on. */
  traceId?: string;
}

const BODILESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Sets a header unless one of that name (any case) is there already. */
function setDefault(headers: Record<string, string>, name: string, value: string): void {
  const lower = name.toLowerCase();
  for (const existing in headers) if (existing.toLowerCase() === lower) return;
  headers[name] = value;
}

/**
 * Non-proxy HTTP and AWS integrations: only `integration.request.header.*` mappings reach the backend,
 * plus AWS's defaults (Accept: application/json, User-Agent: AmazonAPIGateway_<apiId>, the client's
 * Content-Type) where no mapping set them. Per-type drops run last, so a mapping cannot smuggle them in.
 */
export function integrationRequestHeaders(
  mapped: Readonly<Record<string, string>>,
  type: IntegrationType,
  options: BackendHeaderOptions,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(mapped)) if (!isDroppedBeforeBackend(name, type)) headers[name] = value;
  setDefault(headers, "Accept", "application/json");
  setDefault(headers, "User-Agent", `AmazonAPIGateway_${options.restApiId}`);
  if (options.contentType && !BODILESS.has(options.httpMethod.toUpperCase())) setDefault(headers, "Content-Type", options.contentType);
  if (options.traceId) headers["X-Amzn-Trace-Id"] = options.traceId;
  if (type !== "AWS" && type !== "AWS_PROXY") headers["X-Amzn-Apigateway-Api-Id"] = options.restApiId;
  return headers;
}

export interface ProxyRequestOptions {
  restApiId: string;
  /** Host header for the backend. */
  host: string;
  /** $context.identity.sourceIp, appended to X-Forwarded-For. */
  clientIp: string;
  traceId?: string;
  /** requestParameters header mappings; they replace client headers of the same name (any case). */
  mapped?: Readonly<Record<string, string>>;
  /** Drop Authorization: set for AWS_IAM methods, whose SigV4 Authorization is the gateway's business. */
  dropAuthorization?: boolean;
}

/**
 * HTTP_PROXY: flat [name, value, ...] for the backend from Node's rawHeaders. Content-Length stays (AWS
 * recomputes it, and the body is forwarded unchanged, so the value is the same); headers named in Connection
 * are hop-by-hop and go too.
 */
export function proxyRequestHeaders(raw: readonly string[], options: ProxyRequestOptions): string[] {
  const mapped = options.mapped ?? {};
  const replaced = new Set(Object.keys(mapped).map((name) => name.toLowerCase()));
  const listed = connectionListed(raw);
  const out = ["Host", options.host];
  let forwardedFor = "";
  let hasAccept = false;
  let hasUserAgent = false;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i];
    const lower = name.toLowerCase();
    if (lower === "x-forwarded-for") {
      forwardedFor = forwardedFor ? `${forwardedFor}, ${raw[i + 1]}` : raw[i + 1];
      continue;
    }
    if (lower !== "content-length" && isDroppedOnArrival(name)) continue;
    if (isDroppedBeforeBackend(name, "HTTP_PROXY") || listed.has(lower) || replaced.has(lower)) continue;
    if (lower === "authorization" && options.dropAuthorization) continue;
    if (lower === "x-amzn-trace-id" || lower === "x-amzn-apigateway-api-id") continue;
    hasAccept ||= lower === "accept";
    hasUserAgent ||= lower === "user-agent";
    out.push(name, raw[i + 1]);
  }
  for (const [name, value] of Object.entries(mapped)) {
    if (isDroppedBeforeBackend(name, "HTTP_PROXY")) continue;
    hasAccept ||= name.toLowerCase() === "accept";
    hasUserAgent ||= name.toLowerCase() === "user-agent";
    out.push(name, value);
  }
  if (!hasAccept) out.push("Accept", "application/json");
  if (!hasUserAgent) out.push("User-Agent", `AmazonAPIGateway_${options.restApiId}`);
  out.push("X-Forwarded-For", forwardedFor ? `${forwardedFor}, ${options.clientIp}` : options.clientIp);
  if (options.traceId) out.push("X-Amzn-Trace-Id", options.traceId);
  out.push("X-Amzn-Apigateway-Api-Id", options.restApiId);
  return out;
}

/** Names a Connection header lists (beyond keep-alive/close) are hop-by-hop for this message. */
function connectionListed(raw: readonly string[]): Set<string> {
  const listed = new Set<string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    if (raw[i].toLowerCase() !== "connection") continue;
    for (const token of raw[i + 1].split(",")) {
      const name = token.trim().toLowerCase();
      if (name && name !== "keep-alive" && name !== "close") listed.add(name);
    }
  }
  return listed;
}

/**
 * HTTP_PROXY: flat [name, value, ...] for the client from the backend's raw headers. The backend's
 * Content-Length comes back as x-amzn-Remapped-Content-Length and, because the body is relayed byte for byte,
 * also as the response's own Content-Length (which AWS would compute to the same value).
 */
export function proxyResponseHeaders(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = responseHeaderName(raw[i], "HTTP_PROXY");
    if (name === null) continue;
    out.push(name, raw[i + 1]);
    if (name === `${REMAPPED_HEADER_PREFIX}Content-Length`) out.push("Content-Length", raw[i + 1]);
  }
  return out;
}
