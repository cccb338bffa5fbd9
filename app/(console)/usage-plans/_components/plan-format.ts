import type { QuotaJson, QuotaPeriodJson, ThrottleJson } from "@/lib/query/types";

/** How plans' limits read on the Customers and Usage plans pages. */

const PERIOD_WORD: Record<QuotaPeriodJson, string> = { DAY: "day", WEEK: "week", MONTH: "month" };

const count = (n: number) => n.toLocaleString("en-US");

export const periodWord = (period: QuotaPeriodJson): string => PERIOD_WORD[period];

export function quotaSummary(quota: QuotaJson | undefined | null): string {
  if (!quota) return "No quota";
  const offset = quota.offset ? ` (starts on day ${quota.offset})` : "";
  return `${count(quota.limit)} per ${PERIOD_WORD[quota.period]}${offset}`;
}

export function throttleSummary(throttle: ThrottleJson | undefined | null): string {
  if (!throttle) return "No throttling";
  return `${count(throttle.rateLimit)} req/s, burst ${count(throttle.burstLimit)}`;
}

/** "2 / 3 per day": requests used in the current quota period against the plan's limit. */
export const quotaUsageText = (used: number, limit: number, period: QuotaPeriodJson): string => `${count(used)} / ${count(limit)} per ${PERIOD_WORD[period]}`;

/** How full the bar is, 0..1; a quota of 0 is full from the start. */
export function quotaFraction(used: number, limit: number): number {
  if (limit <= 0) return 1;
  return Math.min(1, Math.max(0, used / limit));
}
