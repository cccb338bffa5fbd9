/** A deployment snapshot compiled for one stage: routers, prebuilt responses, resolved upstreams. Immutable once built. */
import type { Integration, RequestStage, ResponseStage } from "../pipeline/stage";
import type { Router } from "../router/router";
import type { CompiledGatewayResponses } from "../../../lib/domain/gateway-responses/resolve";
import type { AccessLogSegment } from "../../../lib/domain/observability/access-log";
import type { LoggingLevel } from "../../../lib/domain/stage-settings";

export interface CompiledMethod {
  /** "GET", ... or "ANY". */
  readonly httpMethod: string;
  readonly resourcePath: string;
  readonly requestStages: readonly RequestStage[];
  readonly integration: Integration;
  readonly responseStages: readonly ResponseStage[];
  /** AWS's method setting loggingLevel for this method: OFF writes no execution log at all. */
  readonly logLevel: LoggingLevel;
  /** dataTraceEnabled: bodies and endpoint headers in the execution log (at INFO). */
  readonly dataTrace: boolean;
  /** Request stages before this index run before "Starting execution" (AWS checks usage plans first). */
  readonly logStartIndex: number;
  /** Answers carry X-Amzn-Trace-Id (HTTP, AWS and Lambda integrations; not MOCK or HTTP_PROXY, as on AWS). */
  readonly traceResponse: boolean;
}

/** AWS's Resource: a path with its methods; `any` answers methods without an explicit entry. */
export interface CompiledResource {
  /** AWS's resourceId ($context.resourceId). */
  readonly id: string;
  readonly path: string;
  /** Names of {param} and {proxy+} parts, in path order; values arrive in the same order. */
  readonly paramNames: readonly string[];
  readonly methods: ReadonlyMap<string, CompiledMethod>;
  readonly any: CompiledMethod | null;
}

export interface CompiledStage {
  readonly accountId: string;
  /** The API's customised gateway responses; null when it uses AWS's defaults only (the pre-rendered fast path). */
  readonly gatewayResponses: CompiledGatewayResponses | null;
  readonly restApiId: string;
  readonly stageName: string;
  readonly deploymentId: string;
  readonly variables: Readonly<Record<string, string>>;
  readonly router: Router;
  /** accessLogSettings.format, parsed once; null when the stage has none (or a format that does not parse). */
  readonly accessLog: readonly AccessLogSegment[] | null;
  /** Identity of what was compiled; an unchanged key lets a reload reuse this object. */
  readonly cacheKey: string;
  /**
   * AWS's canary release: `percentTraffic`% of the stage's requests are served by `stage`, the canary deployment
   * compiled with the stage variables plus the canary's overrides. null when the stage has no canary (or is one).
   */
  readonly canary: { readonly percentTraffic: number; readonly stage: CompiledStage } | null;
}

export interface CompiledConfig {
  readonly version: string | null;
  /** restApiId -> stageName -> stage. */
  readonly apis: ReadonlyMap<string, ReadonlyMap<string, CompiledStage>>;
}

export const EMPTY_CONFIG: CompiledConfig = { version: null, apis: new Map() };

export function findStage(config: CompiledConfig, restApiId: string, stageName: string): CompiledStage | null {
  return config.apis.get(restApiId)?.get(stageName) ?? null;
}
