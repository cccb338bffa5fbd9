/**
 * AWS usage-plan quota periods, in UTC. `offset` is the day the period starts, as AWS's QuotaSettings documents it:
 * DAY has none (0); WEEK 0 = Sunday .. 6 = Saturday; MONTH 0 = the 1st .. 27 = the 28th. Pure (the clock is an argument).
 */
import type { QuotaSettings } from "../runtime-contract";

const DAY_MS = 86_400_000;

/** The largest offset each period allows (AWS refuses larger ones). */
export const MAX_QUOTA_OFFSET: Record<QuotaSettings["period"], number> = { DAY: 0, WEEK: 6, MONTH: 27 };

export interface QuotaWindow {
  startMs: number;
  /** Exclusive. */
  endMs: number;
}

/** The quota period that contains `atMs`. */
export function quotaPeriodAt(quota: Pick<QuotaSettings, "period" | "offset">, atMs: number): QuotaWindow {
  const dayStart = atMs - (((atMs % DAY_MS) + DAY_MS) % DAY_MS);
  if (quota.period === "DAY") return { startMs: dayStart, endMs: dayStart + DAY_MS };
  if (quota.period === "WEEK") {
    const weekday = new Date(dayStart).getUTCDay();
    const back = (weekday - quota.offset + 7) % 7;
    const startMs = dayStart - back * DAY_MS;
    return { startMs, endMs: startMs + 7 * DAY_MS };
  }
  const date = new Date(dayStart);
  const startDay = quota.offset + 1;
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth();
  if (date.getUTCDate() < startDay) month -= 1;
  if (month < 0) {
    month = 11;
    year -= 1;
  }
  const startMs = Date.UTC(year, month, startDay);
  return { startMs, endMs: Date.UTC(year, month + 1, startDay) };
}
