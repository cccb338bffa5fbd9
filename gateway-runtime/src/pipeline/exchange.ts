/**
 * Per-request context, like AWS's $context: ids, the matched stage/resource/method, timings and the outcome
 * the log stage records. One object per request; everything else on the hot path reads from it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GatewayResponseType } from "../../../lib/domain/gateway-responses";
import type { RequestStep } from "../../../lib/domain/runtime-contract";
import type { CompiledMethod, CompiledResource, CompiledStage } from "../snapshot/compiled";
import type { ExecutionLog } from "../telemetry/execution-log";
import { traceContextFor, type TraceContext } from "../telemetry/trace-context";
import { newExtendedRequestId, requestIdFor } from "./request-ids";
import type { BodyResult } from "./read-body";

export class Exchange {
  readonly requestId: string;
  readonly extendedRequestId = newExtendedRequestId();
  readonly startedAt = performance.now();
  readonly arrivedAtMs = Date.now();

  restApiId = "";
  stageName = "";
  /** Request path below the stage, raw (still percent-encoded), "/" for the root. */
  path = "/";
  /** Raw query string without "?", "" when absent. */
  query = "";
  stage: CompiledStage | null = null;
  resource: CompiledResource | null = null;
  method: CompiledMethod | null = null;
  /** Raw values of the matched resource's path parameters, in resource.paramNames order. */
  paramValues: string[] = [];

  /** The buffered request body, once an integration or validator has read it (read-body.ts). */
  body: BodyResult | null = null;

  /** $context.error.validationErrorString after a failed request validation. */
  validationErrorString = "";

  status = 0;
  responseLength = 0;
  errorType: GatewayResponseType | null = null;
  /** $context.error.message of a gateway-made answer ("Missing Authentication Token"). */
  errorMessage: string | null = null;
  /** null: no integration ran; -1: it timed out (AWS's convention). */
  integrationLatencyMs: number | null = null;
  /** $context.integration.status: the status the back end (or MOCK) answered with; null when none answered. */
  integrationStatus: number | null = null;
  /** Where the integration sent the request, without its query ("http://host/path", a function ARN). */
  integrationEndpoint: string | null = null;

  /** The caller's trace continued (traceparent, X-Amzn-Trace-Id) or a new one, and the gateway's span. */
  readonly trace: TraceContext;
  /** What the gateway did, step by step (telemetry/timeline.ts). */
  readonly timeline: RequestStep[] = [];
  /** AWS's execution log for this request; null unless the matched method's loggingLevel is ERROR or INFO. */
  exec: ExecutionLog | null = null;

  /** True when the stage's canary serves this request (ex.stage is then the canary's compiled stage). */
  isCanary = false;
  /** The recognised API key's id ($context.identity.apiKeyId); never its value. */
  apiKeyId: string | null = null;
  /** Set once the access stage admitted the request under this usage plan (the log stage reports it as usage). */
  usagePlanId: string | null = null;
  /** Set by the cache stage of a cached method. */
  cacheStatus: "hit" | "miss" | null = null;
  /** The cache key the lookup computed, so storing the answer to a miss does not compute it again. */
  cacheKey: string | null = null;

  /** AWS's $context.identity.sourceIp: the TCP peer (Node caches it per connection). */
  readonly sourceIp: string;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    const address = req.socket.remoteAddress ?? "";
    this.sourceIp = address.startsWith("::ffff:") ? address.slice(7) : address;
    const clientId = req.headers["x-amzn-requestid"];
    this.requestId = requestIdFor(typeof clientId === "string" ? clientId : undefined);
    this.trace = traceContextFor(req.headers, this.arrivedAtMs);
  }

  /** Every path parameter of the matched resource, decoded, by name (AWS's method.request.path.*). */
  pathParameters(): Record<string, string> {
    const out: Record<string, string> = {};
    const names = this.resource?.paramNames ?? [];
    for (let i = 0; i < names.length; i++) out[names[i]] = decodePathValue(this.paramValues[i] ?? "");
    return out;
  }

  /**
   * The method request as validators and gateway-response mappings read it: header names lowercased, repeated
   * headers and query parameters kept in order. Built on demand, never on the proxy fast path.
   */
  methodRequestValues(): { headers: Record<string, string[]>; querystring: Record<string, string[]>; path: Record<string, string> } {
    const headers: Record<string, string[]> = {};
    const raw = this.req.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) (headers[raw[i].toLowerCase()] ??= []).push(raw[i + 1]);
    return { headers, querystring: this.queryValues(), path: this.pathParameters() };
  }

  /** The query string's parameters, decoded, repeated ones in order (AWS's method.request.multivaluequerystring). */
  queryValues(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    if (this.query !== "") for (const [name, value] of new URLSearchParams(this.query)) (out[name] ??= []).push(value);
    return out;
  }

  /** Decoded value of a path parameter ({id} or {proxy+} by its name), as AWS passes it on. */
  pathParameter(name: string): string | undefined {
    const index = this.resource?.paramNames.indexOf(name) ?? -1;
    if (index < 0) return undefined;
    return decodePathValue(this.paramValues[index]);
  }

}

export function decodePathValue(raw: string): string {
  if (!raw.includes("%")) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    // AWS passes malformed escapes through rather than failing the request.
    return raw;
  }
}
