/** The console's key rows: masked value, the key's plan, and its use today and in the plan's current quota period. */
import type { QuotaPeriod } from "../../domain/runtime-contract";
import { db } from "../../db";
import { dayOf, periodStartDay, usedInPeriodThrough } from "../usage-plans/usage-days";
import { readQuota } from "../usage-plans/usage-plan-view";
import { maskApiKeyValue } from "./api-key-values";
import { apiKeyNotFound } from "./api-key-view";
import { asStringMap } from "../json";

export interface ApiKeySummary {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  customerId: string;
  createdDate: Date;
  lastUpdatedDate: Date;
  maskedValue: string;
  usagePlan: { id: string; name: string } | null;
  todayUsed: number;
  quotaLimit: number | null;
  quotaPeriod: QuotaPeriod | null;
  periodUsed: number;
}

export interface ApiKeyDetail extends ApiKeySummary {
  usagePlanIds: string[];
  tags: Record<string, string>;
}

const keyInclude = { planKeys: { include: { usagePlan: true }, orderBy: { createdAt: "asc" } } } as const;

export async function listApiKeySummaries(now = new Date()): Promise<ApiKeySummary[]> {
  const rows = await listKeyRows({});
  return Promise.all(rows.map(async (row) => stripDetail(await summarize(row, now))));
}

export async function getApiKeySummary(keyId: string, now = new Date()): Promise<ApiKeyDetail> {
  const [row] = await listKeyRows({ id: keyId });
  if (!row) throw apiKeyNotFound();
  return summarize(row, now);
}

type KeyRow = Awaited<ReturnType<typeof listKeyRows>>[number];
const listKeyRows = (where: { id?: string }) => db().apiKey.findMany({ where, include: keyInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

async function summarize(row: KeyRow, now: Date): Promise<ApiKeyDetail> {
  const today = dayOf(now.getTime());
  const plan = row.planKeys[0]?.usagePlan ?? null;
  const quota = plan ? readQuota(plan.quota) : undefined;
  const from = periodStartDay(quota, today);
  const usage = await db().usageDay.findMany({ where: { keyId: row.id, day: { gte: from < today ? from : today, lte: today } } });
  const todayUsed = usage.filter((u) => u.day === today).reduce((sum, u) => sum + u.used, 0);
  let periodUsed = todayUsed;
  if (plan && quota) {
    const byDay = new Map(usage.filter((u) => u.usagePlanId === plan.id).map((u) => [u.day, u.used]));
    const adjustments = await db().quotaAdjustment.findMany({ where: { usagePlanId: plan.id, keyId: row.id } });
    periodUsed = Math.max(0, usedInPeriodThrough(quota, today, byDay, adjustments));
  }
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    enabled: row.enabled,
    customerId: row.customerId ?? "",
    createdDate: row.createdAt,
    lastUpdatedDate: row.updatedAt,
    maskedValue: maskApiKeyValue(row.value),
    usagePlan: plan ? { id: plan.id, name: plan.name } : null,
    todayUsed,
    quotaLimit: quota?.limit ?? null,
    quotaPeriod: quota?.period ?? null,
    periodUsed,
    usagePlanIds: row.planKeys.map((k) => k.usagePlanId),
    tags: asStringMap(row.tags),
  };
}

function stripDetail(detail: ApiKeyDetail): ApiKeySummary {
  const { usagePlanIds: _ids, tags: _tags, ...summary } = detail;
  return summary;
}
