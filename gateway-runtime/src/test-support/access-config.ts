/** Builders for API keys, usage plans and stage throttling in runtime configs (access plugin tests, benchmark). */
import { createHash } from "node:crypto";
import type { RuntimeApiKey, RuntimeConfig, RuntimeUsagePlan, ThrottleSettings } from "../../../lib/domain/runtime-contract";
import { ALL_METHODS_KEY, DEFAULT_METHOD_SETTING, DEFAULT_STAGE_SETTINGS, methodSettingKey, type StageSettings } from "../../../lib/domain/stage-settings";
import type { SnapshotMethod } from "../../../lib/domain/snapshot";

export function apiKey(id: string, value: string, enabled = true): RuntimeApiKey {
  return { id, valueSha256: createHash("sha256").update(value).digest("hex"), enabled };
}

/** The method, with AWS's apiKeyRequired set. */
export function keyRequired<T extends Omit<SnapshotMethod, "httpMethod">>(method: T): T {
  return { ...method, apiKeyRequired: true };
}

export function withAccess(config: RuntimeConfig, apiKeys: RuntimeApiKey[], usagePlans: RuntimeUsagePlan[]): RuntimeConfig {
  return { ...config, apiKeys, usagePlans };
}

/**
 * Stage settings throttling "*\/*" and/or single methods: { "*\/*": {...}, "/pets GET": {...} }.
 */
export function throttleSettings(throttles: Record<string, ThrottleSettings>): StageSettings {
  const methodSettings: StageSettings["methodSettings"] = {};
  for (const [where, throttle] of Object.entries(throttles)) {
    const key = where === ALL_METHODS_KEY ? ALL_METHODS_KEY : methodSettingKey(...(where.split(" ") as [string, string]));
    methodSettings[key] = { ...DEFAULT_METHOD_SETTING, throttlingRateLimit: throttle.rateLimit, throttlingBurstLimit: throttle.burstLimit };
  }
  return { ...DEFAULT_STAGE_SETTINGS, methodSettings };
}

/** The config with one stage's settings replaced. */
export function withStageSettings(config: RuntimeConfig, restApiId: string, stageName: string, settings: StageSettings): RuntimeConfig {
  const replace = (stage: RuntimeConfig["stages"][number]) => stage.restApiId === restApiId && stage.stageName === stageName;
  return { ...config, stages: config.stages.map((stage) => (replace(stage) ? { ...stage, settings } : stage)) };
}

/** The same config under a new version, as the control plane sends it after any change. */
export function bump(config: RuntimeConfig, version: string, change: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return { ...config, ...change, version };
}
