/**
 * Quota use per key and day, from the UsageDay rows runtimes report and the UpdateUsage adjustments. Adjustments
 * are known to the day only here (usage is counted per day), so an adjustment counts as made at the end of its day.
 */
import type { QuotaSettings } from "../../domain/runtime-contract";
import { quotaPeriodAt } from "../../domain/usage/quota-period";

export const DAY_MS = 86_400_000;

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayStartMs = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** Every day from `first` to `last`, inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let ms = dayStartMs(first); ms <= dayStartMs(last); ms += DAY_MS) days.push(dayOf(ms));
  return days;
}

export interface Adjustment {
  periodStart: Date;
  used: number;
  createdAt: Date;
}

/** Requests counted in the quota period that contains `day`, up to and including that day. */
export function usedInPeriodThrough(
  quota: Pick<QuotaSettings, "period" | "offset">,
  day: string,
  usageByDay: ReadonlyMap<string, number>,
  adjustments: readonly Adjustment[],
): number {
  const window = quotaPeriodAt(quota, dayStartMs(day));
  const latest = adjustments
    .filter((a) => a.periodStart.getTime() === window.startMs && dayOf(a.createdAt.getTime()) <= day)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .at(-1);
  let used = latest ? latest.used : 0;
  const from = latest ? dayStartMs(dayOf(latest.createdAt.getTime())) + DAY_MS : window.startMs;
  for (let ms = from; ms <= dayStartMs(day); ms += DAY_MS) used += usageByDay.get(dayOf(ms)) ?? 0;
  return used;
}

/** AWS's GetUsage pair for one day: [used that day, quota remaining at the end of it] (0 remaining without a quota). */
export function usagePair(
  quota: QuotaSettings | undefined,
  day: string,
  usageByDay: ReadonlyMap<string, number>,
  adjustments: readonly Adjustment[],
): [number, number] {
  const used = usageByDay.get(day) ?? 0;
  if (!quota) return [used, 0];
  return [used, Math.max(0, quota.limit - usedInPeriodThrough(quota, day, usageByDay, adjustments))];
}

/** The first day whose usage can matter to `day`'s remaining quota: the start of its period. */
export function periodStartDay(quota: QuotaSettings | undefined, day: string): string {
  return quota ? dayOf(quotaPeriodAt(quota, dayStartMs(day)).startMs) : day;
}
