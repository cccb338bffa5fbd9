import { db } from "../../db";
import { badRequest } from "../../errors";
import { getUsageSchema, type GetUsageInput } from "../../schemas/usage-plan.schema";
import { readPage, toPage } from "../paging";
import { parseInput } from "../parse-input";
import { daysBetween, periodStartDay, usagePair } from "./usage-days";
import { findUsagePlanRowOrThrow, readQuota } from "./usage-plan-view";

export interface UsageView {
  usagePlanId: string;
  startDate: string;
  endDate: string;
  /** Per key id, one [used, remaining] pair per day from startDate to endDate. */
  values: Record<string, [number, number][]>;
  position?: string;
}

// Bounds the work of one call; AWS keeps usage for 90 days, a range past that only adds empty days.
const MAX_DAYS = 366;

/** GetUsage: the plan's keys (and keys that used it in the range), paged by key. */
export async function getUsage(usagePlanId: string, input: GetUsageInput): Promise<UsageView> {
  const data = parseInput(getUsageSchema, input);
  if (data.startDate > data.endDate) throw badRequest("The start date must not be after the end date.");
  const days = daysBetween(data.startDate, data.endDate);
  if (days.length > MAX_DAYS) throw badRequest(`A usage range is at most ${MAX_DAYS} days.`);
  const plan = await findUsagePlanRowOrThrow(usagePlanId);
  const quota = readQuota(plan.quota);
  const from = periodStartDay(quota, data.startDate);
  const [rows, attached, adjustments] = await Promise.all([
    db().usageDay.findMany({ where: { usagePlanId, day: { gte: from, lte: data.endDate }, ...(data.keyId ? { keyId: data.keyId } : {}) } }),
    db().usagePlanKey.findMany({ where: { usagePlanId, ...(data.keyId ? { keyId: data.keyId } : {}) }, select: { keyId: true } }),
    db().quotaAdjustment.findMany({ where: { usagePlanId, ...(data.keyId ? { keyId: data.keyId } : {}) } }),
  ]);
  const inRange = rows.filter((row) => row.day >= data.startDate);
  const keyIds = [...new Set([...attached.map((k) => k.keyId), ...inRange.map((r) => r.keyId)])].sort();
  const { skip, take } = readPage(data);
  const page = toPage(keyIds.slice(skip, skip + take + 1), skip, take);
  const values: UsageView["values"] = {};
  for (const keyId of page.items) {
    const byDay = new Map(rows.filter((r) => r.keyId === keyId).map((r) => [r.day, r.used]));
    const keyAdjustments = adjustments.filter((a) => a.keyId === keyId);
    values[keyId] = days.map((day) => usagePair(quota, day, byDay, keyAdjustments));
  }
  return { usagePlanId, startDate: data.startDate, endDate: data.endDate, values, position: page.position };
}
