/**
 * A stage's settings beyond its deployment and variables, as AWS's Stage holds them: method settings (throttling,
 * caching, logging, metrics per `*\/*` and per method), the response cache cluster, and the canary. Stored as JSON
 * on the Stage row (Stage.settings) and handed to runtimes unchanged in RuntimeStage.settings. Pure: no I/O.
 */

import type { AccessLogSettings } from "./observability/access-log";

export const LOGGING_LEVELS = ["OFF", "ERROR", "INFO"] as const;
export type LoggingLevel = (typeof LOGGING_LEVELS)[number];

export const UNAUTHORIZED_CACHE_CONTROL_STRATEGIES = [
  "FAIL_WITH_403",
  "SUCCEED_WITH_RESPONSE_HEADER",
  "SUCCEED_WITHOUT_RESPONSE_HEADER",
] as const;
export type UnauthorizedCacheControlHeaderStrategy = (typeof UNAUTHORIZED_CACHE_CONTROL_STRATEGIES)[number];

/** AWS's MethodSetting, every field present (AWS returns them all). */
export interface MethodSetting {
  metricsEnabled: boolean;
  loggingLevel: LoggingLevel;
  dataTraceEnabled: boolean;
  throttlingBurstLimit: number;
  throttlingRateLimit: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy;
}

/** What a new `*\/*` entry starts from: AWS's account defaults for throttling, caching off. */
export const DEFAULT_METHOD_SETTING: MethodSetting = {
  metricsEnabled: false,
  loggingLevel: "OFF",
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
};

/** The stage-wide entry of methodSettings. */
export const ALL_METHODS_KEY = "*/*";

/**
 * AWS's methodSettings key for one method: the resource path with "/" written "~1" (JSON Pointer), then the
 * method: "/pets/{id}" GET -> "~1pets~1{id}/GET". The same text is the patch path prefix in UpdateStage.
 */
export function methodSettingKey(resourcePath: string, httpMethod: string): string {
  return `${resourcePath.replaceAll("~", "~0").replaceAll("/", "~1")}/${httpMethod}`;
}

/** The inverse of methodSettingKey; null for "*\/*" or a malformed key. */
export function parseMethodSettingKey(key: string): { resourcePath: string; httpMethod: string } | null {
  const slash = key.lastIndexOf("/");
  if (key === ALL_METHODS_KEY || slash <= 0) return null;
  const resourcePath = key.slice(0, slash).replaceAll("~1", "/").replaceAll("~0", "~");
  if (!resourcePath.startsWith("/")) return null;
  return { resourcePath, httpMethod: key.slice(slash + 1) };
}

/** AWS's cache cluster sizes (GB), in order. */
export const CACHE_CLUSTER_SIZES = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"] as const;
export type CacheClusterSize = (typeof CACHE_CLUSTER_SIZES)[number];

const MiB = 1024 * 1024;
/**
 * The byte budget one runtime gives a stage's cache for each AWS size. AWS's sizes are whole cache nodes; on a
 * self-hosted box they become a bounded share of memory that still grows with the size chosen.
 */
export const CACHE_BUDGET_BYTES: Record<CacheClusterSize, number> = {
  "0.5": 32 * MiB,
  "1.6": 64 * MiB,
  "6.1": 128 * MiB,
  "13.5": 256 * MiB,
  "28.4": 512 * MiB,
  "58.2": 1024 * MiB,
  "118": 2048 * MiB,
  "237": 4096 * MiB,
};

/** AWS caches items up to 1 MB; larger responses pass uncached. */
export const MAX_CACHED_ITEM_BYTES = 1_048_576;
export const MAX_CACHE_TTL_SECONDS = 3600;

/** AWS's CanarySettings on a stage. */
export interface CanarySettings {
  /** 0..100, decimals allowed. */
  percentTraffic: number;
  deploymentId: string;
  stageVariableOverrides: Record<string, string>;
  useStageCache: boolean;
}

export interface StageSettings {
  /** Keyed by ALL_METHODS_KEY or methodSettingKey(...). */
  methodSettings: Record<string, MethodSetting>;
  cacheClusterEnabled: boolean;
  /** Set whenever the cache is enabled (AWS's default is "0.5"). */
  cacheClusterSize?: CacheClusterSize;
  /**
   * Bumped by FlushStageCache. Every cache key carries it, so a flush reaches every runtime process and host
   * with the next config (old entries age out of the LRU or expire in Redis).
   */
  cacheGeneration: number;
  canarySettings?: CanarySettings;
  tracingEnabled: boolean;
  /** AWS's accessLogSettings: when set, every request of the stage gets an access log line in this format. */
  accessLogSettings?: AccessLogSettings;
  /** How long the stage's request logs are kept (Portico's answer to a CloudWatch log group's retention). */
  logRetention: LogRetention;
}

/** Enforced by the control plane's retention job: rows older than `days`, and the oldest beyond `maxRows`, go. */
export interface LogRetention {
  days: number;
  maxRows: number;
}

/** Defaults sized for a laptop: a month, or a million rows per stage, whichever is reached first. */
export const DEFAULT_LOG_RETENTION: LogRetention = { days: 30, maxRows: 1_000_000 };
export const LOG_RETENTION_LIMITS = { minDays: 1, maxDays: 3653, minRows: 1_000, maxRows: 100_000_000 } as const;

export const DEFAULT_STAGE_SETTINGS: StageSettings = {
  methodSettings: {},
  cacheClusterEnabled: false,
  cacheGeneration: 0,
  tracingEnabled: false,
  logRetention: DEFAULT_LOG_RETENTION,
};

/** Reads Stage.settings JSON as stored (older rows hold `{}`), filling defaults. */
export function readStageSettings(json: unknown): StageSettings {
  const raw = (typeof json === "object" && json !== null ? json : {}) as Partial<StageSettings>;
  const methodSettings: Record<string, MethodSetting> = {};
  for (const [key, value] of Object.entries(raw.methodSettings ?? {})) methodSettings[key] = { ...DEFAULT_METHOD_SETTING, ...value };
  return {
    methodSettings,
    cacheClusterEnabled: raw.cacheClusterEnabled === true,
    ...(raw.cacheClusterSize ? { cacheClusterSize: raw.cacheClusterSize } : {}),
    cacheGeneration: typeof raw.cacheGeneration === "number" ? raw.cacheGeneration : 0,
    ...(raw.canarySettings ? { canarySettings: readCanary(raw.canarySettings) } : {}),
    tracingEnabled: raw.tracingEnabled === true,
    ...(raw.accessLogSettings && typeof raw.accessLogSettings.format === "string"
      ? { accessLogSettings: { format: raw.accessLogSettings.format, destinationArn: raw.accessLogSettings.destinationArn ?? "" } }
      : {}),
    logRetention: {
      days: typeof raw.logRetention?.days === "number" ? raw.logRetention.days : DEFAULT_LOG_RETENTION.days,
      maxRows: typeof raw.logRetention?.maxRows === "number" ? raw.logRetention.maxRows : DEFAULT_LOG_RETENTION.maxRows,
    },
  };
}

function readCanary(raw: Partial<CanarySettings>): CanarySettings {
  return {
    percentTraffic: typeof raw.percentTraffic === "number" ? raw.percentTraffic : 0,
    deploymentId: raw.deploymentId ?? "",
    stageVariableOverrides: raw.stageVariableOverrides ?? {},
    useStageCache: raw.useStageCache === true,
  };
}

/**
 * The setting that applies to one method: its own entry, else the stage-wide one, else none (no stage or method
 * throttle, no cache). Caching inherited from `*\/*` applies to GET only, as AWS enables it for GET by default;
 * a method's own entry may cache any method.
 */
export function effectiveMethodSetting(settings: StageSettings, resourcePath: string, httpMethod: string): MethodSetting | null {
  const own = settings.methodSettings[methodSettingKey(resourcePath, httpMethod)];
  if (own) return own;
  const all = settings.methodSettings[ALL_METHODS_KEY];
  if (!all) return null;
  return all.cachingEnabled && httpMethod !== "GET" ? { ...all, cachingEnabled: false } : all;
}
