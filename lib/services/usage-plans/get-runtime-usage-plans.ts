/** API keys (hash only, never the value) and usage plans as runtimes enforce them, read in the caller's transaction. */
import type { RuntimeApiKey, RuntimeUsagePlan } from "../../domain/runtime-contract";
import { quotaPeriodAt } from "../../domain/usage/quota-period";
import type { Db } from "../../db";
import { readApiStages, readQuota, readThrottle } from "./usage-plan-view";

type Tx = Pick<Db, "apiKey" | "usagePlan" | "quotaAdjustment">;

export async function getRuntimeApiKeys(tx: Tx): Promise<RuntimeApiKey[]> {
  const rows = await tx.apiKey.findMany({ select: { id: true, valueSha256: true, enabled: true }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ id: row.id, valueSha256: row.valueSha256, enabled: row.enabled }));
}

/** Each plan with its keys and the UpdateUsage adjustments of its current quota period (older ones no longer matter). */
export async function getRuntimeUsagePlans(tx: Tx, now = new Date()): Promise<RuntimeUsagePlan[]> {
  const plans = await tx.usagePlan.findMany({ include: { keys: { select: { keyId: true }, orderBy: { keyId: "asc" } } }, orderBy: { id: "asc" } });
  const adjustments = await tx.quotaAdjustment.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return plans.map((plan) => {
    const throttle = readThrottle(plan.throttle);
    const quota = readQuota(plan.quota);
    const periodStart = quota ? quotaPeriodAt(quota, now.getTime()).startMs : null;
    const current = adjustments.filter((a) => a.usagePlanId === plan.id && a.periodStart.getTime() === periodStart);
    return {
      id: plan.id,
      ...(throttle ? { throttle } : {}),
      ...(quota ? { quota } : {}),
      apiStages: readApiStages(plan.apiStages),
      keyIds: plan.keys.map((k) => k.keyId),
      ...(current.length
        ? { quotaAdjustments: current.map((a) => ({ id: a.id, keyId: a.keyId, periodStart: a.periodStart.toISOString(), used: a.used })) }
        : {}),
    };
  });
}
