/** API keys, usage plans, plan keys and usage as AWS API Gateway sends them (dates in epoch seconds). */
import type { ApiKeyView } from "@/lib/services/api-keys/api-key-view";
import type { UsageView } from "@/lib/services/usage-plans/get-usage";
import type { UsagePlanKeyView } from "@/lib/services/usage-plans/usage-plan-key-view";
import type { UsagePlanView } from "@/lib/services/usage-plans/usage-plan-view";
import { epochSeconds, nonEmpty } from "./rest-api-shapes";

const text = (value: string | null | undefined) => (value ? value : undefined);

export function toWireApiKey(key: ApiKeyView) {
  return {
    id: key.id,
    value: key.value,
    name: key.name,
    customerId: text(key.customerId),
    description: text(key.description),
    enabled: key.enabled,
    createdDate: epochSeconds(key.createdDate),
    lastUpdatedDate: epochSeconds(key.lastUpdatedDate),
    // Stage keys predate usage plans; Portico keeps none (CreateApiKey refuses them).
    stageKeys: [],
    tags: nonEmpty(key.tags),
  };
}

export function toWireUsagePlan(plan: UsagePlanView) {
  return {
    id: plan.id,
    name: plan.name,
    description: text(plan.description),
    apiStages: plan.apiStages.map((stage) => ({ apiId: stage.apiId, stage: stage.stage, throttle: nonEmpty(stage.throttle) })),
    throttle: plan.throttle,
    quota: plan.quota,
    productCode: text(plan.productCode),
    tags: nonEmpty(plan.tags),
  };
}

export const toWireUsagePlanKey = (key: UsagePlanKeyView) => ({ id: key.id, type: key.type, value: key.value, name: key.name });

export function toWireUsage(usage: UsageView) {
  return { usagePlanId: usage.usagePlanId, startDate: usage.startDate, endDate: usage.endDate, values: usage.values, position: usage.position };
}
