/**
 * What the control plane hands the gateway runtime, and what the runtime sends back.
 * Transport-neutral: today over the control plane's internal HTTP endpoints
 * (GET /api/internal/runtime/config, POST /api/internal/runtime/telemetry), later also through Redis.
 */
import type { DeploymentSnapshot } from "./snapshot";
import type { StageSettings } from "./stage-settings";
import type { AddableMetricValues } from "./metric-values";

/** A stage as the runtime needs it (AWS's Stage, minus what only the console shows). */
export interface RuntimeStage {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  variables: Record<string, string>;
  /** ISO-8601; changes whenever anything about the stage changes. */
  updatedAt: string;
  /** Method settings, cache cluster, canary (lib/domain/stage-settings); absent means the defaults. */
  settings?: StageSettings;
}

/** AWS's ThrottleSettings: a token bucket of `burstLimit` tokens refilled at `rateLimit` per second. */
export interface ThrottleSettings {
  rateLimit: number;
  burstLimit: number;
}

export type QuotaPeriod = "DAY" | "WEEK" | "MONTH";

/** AWS's QuotaSettings: `limit` requests per period (UTC), the period starting `offset` days (DAY: none) in. */
export interface QuotaSettings {
  limit: number;
  offset: number;
  period: QuotaPeriod;
}

/** An API key as a runtime needs it: never the value itself, only its SHA-256 (hex) to match x-api-key against. */
export interface RuntimeApiKey {
  id: string;
  valueSha256: string;
  enabled: boolean;
}

export interface RuntimeUsagePlanStage {
  apiId: string;
  stage: string;
  /** Per-method limits per key, keyed "/{resource path}/{METHOD}" as AWS writes them ("/pets/GET"). */
  throttle?: Record<string, ThrottleSettings>;
}

/**
 * UpdateUsage, as runtimes apply it: from this adjustment on, `keyId` has used `used` requests of the quota
 * period that starts at `periodStart`. Each runtime (and the shared store) applies an adjustment id once.
 */
export interface RuntimeQuotaAdjustment {
  id: string;
  keyId: string;
  /** ISO-8601 start of the quota period the adjustment is for; ignored once that period is over. */
  periodStart: string;
  used: number;
}

export interface RuntimeUsagePlan {
  id: string;
  /** Per key, across the plan's stages. */
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  apiStages: RuntimeUsagePlanStage[];
  /** Keys attached to the plan (AWS's usage plan keys of type API_KEY). */
  keyIds: string[];
  quotaAdjustments?: RuntimeQuotaAdjustment[];
}

export interface RuntimeConfig {
  /** Opaque; changes whenever any stage, deployment, function, version or alias the runtime serves changes. */
  version: string;
  stages: RuntimeStage[];
  /** Every snapshot referenced by a stage, keyed by deploymentId (shared by stages on one deployment). */
  snapshots: Record<string, DeploymentSnapshot>;
  /** Lambda-compatible functions; absent from a control plane that has none to offer. */
  functions?: RuntimeFunctions;
  /** Every API key (enabled or not) and usage plan; absent means none. */
  apiKeys?: RuntimeApiKey[];
  usagePlans?: RuntimeUsagePlan[];
}

/**
 * One runnable configuration of a Lambda-compatible function: $LATEST or a published version. The code is not
 * inlined: the runtime fetches the zip once per codeSha256 from GET /api/internal/runtime/functions/{codeSha256}
 * (base64url), and keeps warm workers per `key`.
 */
export interface RuntimeFunction {
  name: string;
  /** "$LATEST" or "1", "2", ... */
  version: string;
  /** Changes whenever code, handler, environment or limits change (see lib/domain/functions/function-key). */
  key: string;
  handler: string;
  runtime: string;
  /** Base64 SHA-256 of the zip, as Lambda's CodeSha256. */
  codeSha256: string;
  environment: Record<string, string>;
  timeoutMs: number;
  memoryMb: number;
}

/** An alias: its version, and the weighted share ({ "<version>": 0..1 }) another published version takes. */
export interface RuntimeFunctionAlias {
  functionName: string;
  name: string;
  functionVersion: string;
  additionalVersionWeights: Record<string, number>;
}

export interface RuntimeFunctions {
  functions: RuntimeFunction[];
  aliases: RuntimeFunctionAlias[];
}

/** One record per request. Never holds API keys, Authorization values or bodies. */
export interface RequestLogRecord {
  requestId: string;
  extendedRequestId: string;
  /** ISO-8601 time the request arrived. */
  time: string;
  restApiId: string;
  stageName: string;
  httpMethod: string;
  /** The matched resource path ("/pets/{id}"), or null when nothing matched. */
  resourcePath: string | null;
  path: string;
  status: number;
  latencyMs: number;
  /** null when no integration ran; -1 when the integration timed out (as AWS's access log says). */
  integrationLatencyMs: number | null;
  sourceIp: string;
  userAgent: string | null;
  protocol: string;
  responseLength: number;
  /** AWS gateway response type for gateway-made answers (MISSING_AUTHENTICATION_TOKEN, INTEGRATION_TIMEOUT...). */
  errorType: string | null;
  /** True when the stage's canary served the request. */
  canary?: boolean;
  /** The id (never the value) of the API key the request presented and the gateway recognised. */
  apiKeyId?: string | null;
  /** "hit" or "miss" when the method is cached; absent otherwise. */
  cacheStatus?: "hit" | "miss";
  /** W3C trace id (32 hex): from the caller's traceparent or X-Amzn-Trace-Id Root, else new. */
  traceId?: string;
  /** The gateway's own span (16 hex): the parent id it sent to the integration in traceparent. */
  spanId?: string;
  /** The caller's span id from its traceparent, when it sent one. */
  parentSpanId?: string;
  /** The message of a gateway-made answer ($context.error.message), e.g. "Missing Authentication Token". */
  errorMessage?: string | null;
  /** What the gateway did, step by step (see RequestStep); the console's request timeline. */
  timeline?: RequestStep[];
  /** How the request was routed, for explaining a 403 Missing Authentication Token in plain words. */
  route?: RouteFacts;
  /** AWS-style execution log lines for this request (empty or absent when the method's loggingLevel is OFF). */
  executionLog?: string[];
  /** The stage's access log line for this request, rendered from accessLogSettings.format (absent when unset). */
  accessLog?: string;
}

/** The steps a request can pass through, in pipeline order. */
export const REQUEST_STEP_NAMES = [
  "route",
  "authorize",
  "apiKey",
  "throttle",
  "validate",
  "cache",
  "transformRequest",
  "integration",
  "transformResponse",
] as const;
export type RequestStepName = (typeof REQUEST_STEP_NAMES)[number];

/**
 * One step of one request: when it started (ms after the request arrived), how long it took and how it ended.
 * "stopped": the step answered the request itself (a gateway error, or a cache hit); "error": it failed.
 */
export interface RequestStep {
  step: RequestStepName;
  startMs: number;
  durationMs: number;
  outcome: "ok" | "stopped" | "error" | "hit" | "miss";
  /** A short fact for the timeline: "GET /pets/{id}", "key ab12cd", "status 200 from http://...". Never a secret. */
  detail?: string;
}

/** What routing found, recorded on every request so an unmatched one can be explained without guessing. */
export interface RouteFacts {
  /** False: no deployed stage of that name for the API (or no such API). */
  stageFound: boolean;
  /** The matched resource ("/pets/{id}"), null when no resource matched the path. */
  resourcePath: string | null;
  /** The methods the matched resource has ("POST", "ANY"), when it had none for the request's method. */
  resourceMethods?: string[];
  /** The matched method ("GET" or "ANY"), null when none. */
  httpMethod: string | null;
}

/**
 * Per-minute aggregate for one stage, resource and method, as a delta since the runtime's previous flush.
 * The control plane stores deltas and sums them when read. Values and histograms (over LATENCY_BUCKETS_MS) are
 * AddableMetricValues; cache counts and the integration histogram are absent when zero or when nothing ran.
 */
export interface MetricDelta extends AddableMetricValues {
  /** ISO-8601 start of the minute (UTC). */
  minute: string;
  restApiId: string;
  stageName: string;
  resourcePath: string;
  httpMethod: string;
  /** The canary's share of the stage, measured apart (absent: false). */
  canary?: boolean;
  /** The API key the requests presented (absent: none); metrics per key are kept apart like the canary's. */
  apiKeyId?: string;
}

/** Requests a key made against a usage plan's quota on one UTC day, as a delta since the previous batch. */
export interface UsageDelta {
  usagePlanId: string;
  keyId: string;
  /** "YYYY-MM-DD", UTC. */
  day: string;
  count: number;
}

/** A function run by an API's integration, for the Functions page's recent invocations (never the payloads). */
export interface FunctionInvocationRecord {
  functionName: string;
  /** The version that ran ("$LATEST", "3"). */
  qualifier: string;
  requestId: string;
  status: "Success" | "Unhandled" | "Timeout";
  durationMs: number;
  errorType: string | null;
  /** The last 4 KB of the function's log (START/END/REPORT and its console output). */
  logTail: string;
}

export interface TelemetryBatch {
  runtimeId: string;
  logs: RequestLogRecord[];
  metrics: MetricDelta[];
  /** Records the runtime had to drop since its previous batch because its buffer was full. */
  droppedLogs: number;
  /** Function invocations made by integrations since the previous batch (absent when none). */
  invocations?: FunctionInvocationRecord[];
  /** Quota usage since the previous batch (absent when none). */
  usage?: UsageDelta[];
}

/**
 * AWS's TestInvokeMethod as the control plane asks the runtime for it (POST /internal/test-invoke on the admin
 * port): the API's working copy as a snapshot, run in the `test-invoke-stage` stage for one request.
 */
export interface TestInvokeRequest {
  snapshot: DeploymentSnapshot;
  httpMethod: string;
  /** "/pets/1?x=y", as AWS's pathWithQueryString. */
  pathWithQueryString: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body?: string;
  stageVariables?: Record<string, string>;
}

/** TestInvokeMethod's answer, in AWS's shape. */
export interface TestInvokeResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  /** AWS's execution log text for the request. */
  log: string;
  latency: number;
}
