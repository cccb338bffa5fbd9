/**
 * API keys and usage plans as the access stage looks them up, built once per config (AWS's usage plans: a key is
 * associated with a plan, the plan with API stages; the plan throttles each key and counts its quota).
 */
import type { QuotaSettings, RuntimeApiKey, RuntimeConfig, ThrottleSettings } from "../../../lib/domain/runtime-contract";
import type { QuotaWindow } from "../../../lib/domain/usage/quota-period";
import type { BucketSpec } from "./limit-store";

/** What one key gets on one API stage through its usage plan. */
export interface PlanEntry {
  readonly planId: string;
  readonly keyId: string;
  /** The plan's throttle for this key across the plan's stages; null when the plan sets none. */
  readonly planBucket: BucketSpec | null;
  /** The plan's per-method throttles for this key on this stage, by AWS's "/{resource path}/{METHOD}" ("/pets/GET"). */
  readonly methodBuckets: ReadonlyMap<string, BucketSpec>;
  readonly quota: QuotaSettings | null;
  /** The quota counter's name, the same in every store and runtime. */
  readonly counterId: string;
  /** The quota period last used, kept so most requests skip the date arithmetic. */
  window: QuotaWindow | null;
}

export interface AccessIndex {
  /** Keys by the SHA-256 (hex) of their value. */
  readonly keysBySha256: ReadonlyMap<string, RuntimeApiKey>;
  /** By stageRef(restApiId, stageName), then key id. */
  readonly plans: ReadonlyMap<string, ReadonlyMap<string, PlanEntry>>;
}

export const EMPTY_ACCESS_INDEX: AccessIndex = { keysBySha256: new Map(), plans: new Map() };

export function stageRef(restApiId: string, stageName: string): string {
  return `${restApiId}/${stageName}`;
}

function bucket(id: string, throttle: ThrottleSettings): BucketSpec {
  return { id, rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit };
}

export function buildAccessIndex(config: RuntimeConfig): AccessIndex {
  const keysBySha256 = new Map<string, RuntimeApiKey>();
  for (const key of config.apiKeys ?? []) keysBySha256.set(key.valueSha256.toLowerCase(), key);

  const plans = new Map<string, Map<string, PlanEntry>>();
  // The control plane lets a key into one plan per stage at most; should a config say otherwise anyway, the plan
  // with the smallest id wins, the same one in every runtime.
  const ordered = [...(config.usagePlans ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const plan of ordered) {
    for (const keyId of plan.keyIds) {
      const planBucket = plan.throttle ? bucket(`plan:${plan.id}:${keyId}`, plan.throttle) : null;
      for (const apiStage of plan.apiStages) {
        const ref = stageRef(apiStage.apiId, apiStage.stage);
        let byKey = plans.get(ref);
        if (!byKey) plans.set(ref, (byKey = new Map()));
        if (byKey.has(keyId)) continue;
        const methodBuckets = new Map<string, BucketSpec>();
        for (const [methodKey, throttle] of Object.entries(apiStage.throttle ?? {})) {
          methodBuckets.set(methodKey, bucket(`plan-method:${plan.id}:${keyId}:${ref}:${methodKey}`, throttle));
        }
        byKey.set(keyId, {
          planId: plan.id,
          keyId,
          planBucket,
          methodBuckets,
          quota: plan.quota ?? null,
          counterId: `${plan.id}:${keyId}`,
          window: null,
        });
      }
    }
  }
  return { keysBySha256, plans };
}
