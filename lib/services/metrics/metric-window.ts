/** Which rows answer a time range, and the buckets it is drawn in. */
import { DEFAULT_METRIC_RANGE, METRIC_RANGES, type MetricRange } from "../../schemas/metrics-query.schema";
import { MINUTE_ROWS_KEPT_MS } from "./prune-metrics";
import type { BucketWindow } from "./collect-metrics";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * One-minute buckets for ranges up to a day, one-hour buckets beyond (as CloudWatch's console picks its period).
 * A range reaching back past minute retention is drawn in hours too: its minute rows are gone, its hours are kept.
 */
export function resolutionFor(from: Date, to: Date, now: Date): number {
  if (to.getTime() - from.getTime() > DAY_MS) return HOUR_MS;
  if (from.getTime() < now.getTime() - MINUTE_ROWS_KEPT_MS) return HOUR_MS;
  return MINUTE_MS;
}

/** Buckets from the one holding `from` through the one holding `to`, both included. */
export function bucketWindow(from: Date, to: Date, resolutionMs: number): BucketWindow {
  const startMs = Math.floor(from.getTime() / resolutionMs) * resolutionMs;
  const endMs = Math.floor(to.getTime() / resolutionMs) * resolutionMs + resolutionMs;
  return { startMs, endMs, resolutionMs };
}

/**
 * The window a named range means at `now`: the range's buckets ending with the current, still-filling one
 * ("1h" is sixty minutes, the last of them now), so a chart has exactly range / resolution points.
 */
export function rangeWindow(rangeMs: number, now: Date): { from: Date; to: Date } {
  const resolutionMs = rangeMs > DAY_MS ? HOUR_MS : MINUTE_MS;
  const currentBucket = Math.floor(now.getTime() / resolutionMs) * resolutionMs;
  return { from: new Date(currentBucket - rangeMs + resolutionMs), to: now };
}

/** A dashboard query's window: its from and to, or its named range (default 1h) ending now. */
export function metricsWindow(input: { range?: MetricRange; from?: Date; to?: Date }, now: Date): { from: Date; to: Date } {
  if (input.from && input.to) return { from: input.from, to: input.to };
  return rangeWindow(METRIC_RANGES[input.range ?? DEFAULT_METRIC_RANGE], now);
}
