import { db } from "../../db";
import { badRequest } from "../../errors";
import { quotaPeriodAt } from "../../domain/usage/quota-period";
import { newRowId } from "../../ids";
import { updateUsageSchema, type UpdateUsageInput } from "../../schemas/usage-plan.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { getUsage, type UsageView } from "./get-usage";
import { dayOf, periodStartDay, usedInPeriodThrough } from "./usage-days";
import { usagePlanKeyNotFound } from "./usage-plan-key-view";
import { findUsagePlanRowOrThrow, readQuota } from "./usage-plan-view";

/**
 * UpdateUsage: grants the key a different remaining quota for the current period. `remaining` sets it,
 * `extendBy` adds to it. Stored as a QuotaAdjustment ("from now on the key has used N of this period") that
 * every runtime applies once; answers with the key's usage over the current period.
 */
export async function updateUsage(usagePlanId: string, keyId: string, input: UpdateUsageInput, now = new Date()): Promise<UsageView> {
  const data = parseInput(updateUsageSchema, input);
  const plan = await findUsagePlanRowOrThrow(usagePlanId);
  if (!(await db().usagePlanKey.findUnique({ where: { usagePlanId_keyId: { usagePlanId, keyId } } }))) throw usagePlanKeyNotFound();
  const quota = readQuota(plan.quota);
  if (!quota) throw badRequest(`Usage plan ${usagePlanId} has no quota to update.`);
  if (data.remaining === undefined && data.extendBy === undefined) throw badRequest("Nothing to update: patch /remaining.");
  const today = dayOf(now.getTime());
  const window = quotaPeriodAt(quota, now.getTime());
  let used = data.remaining !== undefined ? quota.limit - data.remaining : await currentUsed();
  if (data.extendBy !== undefined) used -= data.extendBy;
  await db().$transaction(async (tx) => {
    await tx.quotaAdjustment.create({ data: { id: newRowId(), usagePlanId, keyId, periodStart: new Date(window.startMs), used, createdAt: now } });
    await bumpConfigVersion(tx);
  });
  return getUsage(usagePlanId, { startDate: periodStartDay(quota, today), endDate: today, keyId });

  async function currentUsed(): Promise<number> {
    const from = periodStartDay(quota, today);
    const rows = await db().usageDay.findMany({ where: { usagePlanId, keyId, day: { gte: from, lte: today } } });
    const adjustments = await db().quotaAdjustment.findMany({ where: { usagePlanId, keyId } });
    return usedInPeriodThrough(quota!, today, new Map(rows.map((r) => [r.day, r.used])), adjustments); // checked above
  }
}
