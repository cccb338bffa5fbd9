/**
 * Whether and how AWS caches one method of a stage: the stage has a cache cluster, the method's effective
 * setting (its own entry, else `*\/*`, which caches GET only) enables caching with a TTL above 0 (capped at
 * 3,600 s), and, for a canary, the canary uses the stage cache. AWS: api-gateway-caching.html, canary-release.html.
 */
import {
  ALL_METHODS_KEY,
  CACHE_BUDGET_BYTES,
  MAX_CACHE_TTL_SECONDS,
  effectiveMethodSetting,
  methodSettingKey,
  type MethodSetting,
  type StageSettings,
  type UnauthorizedCacheControlHeaderStrategy,
} from "../../../../lib/domain/stage-settings";

export interface CachePolicy {
  ttlMs: number;
  /** True for an ANY method cached only through `*\/*`: its GET requests are cached, its others are not. */
  getOnly: boolean;
  requireAuthorization: boolean;
  strategy: UnauthorizedCacheControlHeaderStrategy;
}

export function resolveCachePolicy(
  settings: StageSettings,
  resourcePath: string,
  httpMethod: string,
  canary: boolean,
): CachePolicy | null {
  if (!settings.cacheClusterEnabled) return null;
  // A canary that does not use the stage cache is not cached at all (AWS's useStageCache).
  if (canary && settings.canarySettings?.useStageCache !== true) return null;
  if (httpMethod === "ANY") {
    const own = settings.methodSettings[methodSettingKey(resourcePath, "ANY")];
    if (own) return policyOf(own, false);
    const all = settings.methodSettings[ALL_METHODS_KEY];
    return all ? policyOf(all, true) : null;
  }
  const setting = effectiveMethodSetting(settings, resourcePath, httpMethod);
  return setting ? policyOf(setting, false) : null;
}

function policyOf(setting: MethodSetting, getOnly: boolean): CachePolicy | null {
  const ttlSeconds = Math.min(setting.cacheTtlInSeconds, MAX_CACHE_TTL_SECONDS);
  // TTL 0 means caching is disabled (AWS).
  if (!setting.cachingEnabled || !(ttlSeconds > 0)) return null;
  return {
    ttlMs: ttlSeconds * 1_000,
    getOnly,
    requireAuthorization: setting.requireAuthorizationForCacheControl,
    strategy: setting.unauthorizedCacheControlHeaderStrategy,
  };
}

/** The stage's byte budget on this host: its cache size's, capped by PORTICO_CACHE_MAX_BYTES when set. */
export function stageCacheBudget(settings: StageSettings, maxBytesPerStage?: number): number {
  const budget = CACHE_BUDGET_BYTES[settings.cacheClusterSize ?? "0.5"] ?? CACHE_BUDGET_BYTES["0.5"];
  return maxBytesPerStage !== undefined && maxBytesPerStage > 0 ? Math.min(budget, maxBytesPerStage) : budget;
}
