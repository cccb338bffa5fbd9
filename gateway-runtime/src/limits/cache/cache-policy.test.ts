import { describe, expect, it } from "vitest";
import { CACHE_BUDGET_BYTES, DEFAULT_METHOD_SETTING, methodSettingKey } from "../../../../lib/domain/stage-settings";
import { cachedStageSettings } from "../../test-support/cache";
import { resolveCachePolicy, stageCacheBudget } from "./cache-policy";

describe("resolveCachePolicy", () => {
  it("caches GET through */* with its TTL, and nothing without a cache cluster", () => {
    expect(resolveCachePolicy(cachedStageSettings({ cacheTtlInSeconds: 60 }), "/a", "GET", false)).toMatchObject({ ttlMs: 60_000, getOnly: false });
    expect(resolveCachePolicy(cachedStageSettings({}, { cacheClusterEnabled: false }), "/a", "GET", false)).toBeNull();
    expect(resolveCachePolicy(cachedStageSettings(), "/a", "PUT", false)).toBeNull();
  });

  it("caps the TTL at 3600 s and treats 0 as off", () => {
    expect(resolveCachePolicy(cachedStageSettings({ cacheTtlInSeconds: 7200 }), "/a", "GET", false)?.ttlMs).toBe(3_600_000);
    expect(resolveCachePolicy(cachedStageSettings({ cacheTtlInSeconds: 0 }), "/a", "GET", false)).toBeNull();
  });

  it("lets a method's own entry override */* either way", () => {
    const settings = cachedStageSettings();
    settings.methodSettings[methodSettingKey("/a", "GET")] = { ...DEFAULT_METHOD_SETTING, cachingEnabled: false };
    settings.methodSettings[methodSettingKey("/b", "PUT")] = { ...DEFAULT_METHOD_SETTING, cachingEnabled: true, cacheTtlInSeconds: 5 };
    expect(resolveCachePolicy(settings, "/a", "GET", false)).toBeNull();
    expect(resolveCachePolicy(settings, "/b", "PUT", false)?.ttlMs).toBe(5_000);
  });

  it("caches an ANY method's GET requests only through */*, all of its requests through its own entry", () => {
    const settings = cachedStageSettings();
    expect(resolveCachePolicy(settings, "/a", "ANY", false)?.getOnly).toBe(true);
    settings.methodSettings[methodSettingKey("/a", "ANY")] = { ...DEFAULT_METHOD_SETTING, cachingEnabled: true };
    expect(resolveCachePolicy(settings, "/a", "ANY", false)?.getOnly).toBe(false);
  });

  it("caches a canary only when it uses the stage cache", () => {
    const canary = { percentTraffic: 10, deploymentId: "d2", stageVariableOverrides: {} };
    expect(resolveCachePolicy(cachedStageSettings({}, { canarySettings: { ...canary, useStageCache: false } }), "/a", "GET", true)).toBeNull();
    expect(resolveCachePolicy(cachedStageSettings({}, { canarySettings: { ...canary, useStageCache: true } }), "/a", "GET", true)).not.toBeNull();
    expect(resolveCachePolicy(cachedStageSettings({}, { canarySettings: { ...canary, useStageCache: false } }), "/a", "GET", false)).not.toBeNull();
  });
});

describe("stageCacheBudget", () => {
  it("follows the cache size, 0.5 by default, capped by the host's limit", () => {
    expect(stageCacheBudget(cachedStageSettings({}, { cacheClusterSize: "6.1" }))).toBe(CACHE_BUDGET_BYTES["6.1"]);
    expect(stageCacheBudget({ ...cachedStageSettings(), cacheClusterSize: undefined })).toBe(CACHE_BUDGET_BYTES["0.5"]);
    expect(stageCacheBudget(cachedStageSettings({}, { cacheClusterSize: "237" }), 1_000_000)).toBe(1_000_000);
  });
});
