/** AWS's UsagePlan as the services hand it out, read from the row's JSON columns. */
import type { QuotaSettings, RuntimeUsagePlanStage, ThrottleSettings } from "../../domain/runtime-contract";
import { db } from "../../db";
import { notFound } from "../../errors";
import { quotaSchema, throttleSchema, apiStageSchema } from "../../schemas/usage-plan.schema";
import { asStringMap } from "../json";

export type ApiStage = RuntimeUsagePlanStage;

export interface UsagePlanView {
  id: string;
  name: string;
  description: string;
  apiStages: ApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  productCode?: string;
  tags: Record<string, string>;
  createdDate: Date;
}

export interface UsagePlanRow {
  id: string;
  name: string;
  description: string;
  apiStages: unknown;
  throttle: unknown;
  quota: unknown;
  productCode: string | null;
  tags: unknown;
  createdAt: Date;
}

export function readThrottle(value: unknown): ThrottleSettings | undefined {
  const parsed = throttleSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readQuota(value: unknown): QuotaSettings | undefined {
  const parsed = quotaSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readApiStages(value: unknown): ApiStage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = apiStageSchema.safeParse(item);
    if (!parsed.success) return [];
    const { apiId, stage, throttle } = parsed.data;
    return [throttle && Object.keys(throttle).length ? { apiId, stage, throttle } : { apiId, stage }];
  });
}

export function toUsagePlanView(row: UsagePlanRow): UsagePlanView {
  const throttle = readThrottle(row.throttle);
  const quota = readQuota(row.quota);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    apiStages: readApiStages(row.apiStages),
    ...(throttle ? { throttle } : {}),
    ...(quota ? { quota } : {}),
    ...(row.productCode ? { productCode: row.productCode } : {}),
    tags: asStringMap(row.tags),
    createdDate: row.createdAt,
  };
}

export const usagePlanNotFound = () => notFound("Invalid Usage Plan ID specified");

export async function findUsagePlanRowOrThrow(usagePlanId: string) {
  const row = await db().usagePlan.findUnique({ where: { id: usagePlanId } });
  if (!row) throw usagePlanNotFound();
  return row;
}

export const stageLabel = (stage: { apiId: string; stage: string }) => `${stage.apiId}:${stage.stage}`;
