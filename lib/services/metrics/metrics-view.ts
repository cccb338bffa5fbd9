/**
 * The dashboards' answers (GET /api/console/metrics and /metrics/overview). Types only at the top, so console code
 * can `import type` them; the helpers below turn summed values into points.
 */
import { LATENCY_BUCKETS_MS, percentile } from "../../domain/histogram";

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface MetricTotals {
  count: number;
  error4xx: number;
  error5xx: number;
  /** null when no request in the bucket has a latency. */
  latency: LatencySummary | null;
  /** null when no integration ran. `max` is estimated: the top bucket's bound, never above the latency's max. */
  integrationLatency: LatencySummary | null;
  cacheHitCount: number;
  cacheMissCount: number;
}

export interface MetricPoint extends MetricTotals {
  /** ISO-8601 start of the bucket. */
  time: string;
}

export interface MetricTopRow {
  resourcePath: string;
  httpMethod: string;
  count: number;
  /** 4XX plus 5XX. */
  errors: number;
  p99Ms: number | null;
}

export interface MetricsView {
  from: string;
  to: string;
  /** 60 (minute rows) or 3600 (hour rows). */
  resolutionSeconds: number;
  /** Every bucket from `from` to `to`, empty ones as zeros. */
  series: MetricPoint[];
  totals: MetricTotals;
  /** Ten methods each: the busiest, the most errors (only those with errors), the slowest p99. */
  top: { byRequests: MetricTopRow[]; byErrors: MetricTopRow[]; byLatency: MetricTopRow[] };
}

export interface ApiMetricsRow {
  restApiId: string;
  name: string;
  count: number;
  error4xx: number;
  error5xx: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface MetricsOverview {
  from: string;
  to: string;
  resolutionSeconds: number;
  /** All traffic together (APIs deleted since included). */
  series: MetricPoint[];
  /** Every API, with zeros when it had no traffic; busiest first. */
  apis: ApiMetricsRow[];
}

/** Summed values of any set of rows (a bucket, a method, an API, the whole range). */
export interface MetricSums {
  count: number;
  error4xx: number;
  error5xx: number;
  cacheHitCount: number;
  cacheMissCount: number;
  latencySumMs: number;
  latencyMaxMs: number;
  integrationLatencySumMs: number;
  integrationCount: number;
  latencyHistogram: number[] | null;
  integrationLatencyHistogram: number[] | null;
}

export function emptySums(): MetricSums {
  return {
    count: 0,
    error4xx: 0,
    error5xx: 0,
    cacheHitCount: 0,
    cacheMissCount: 0,
    latencySumMs: 0,
    latencyMaxMs: 0,
    integrationLatencySumMs: 0,
    integrationCount: 0,
    latencyHistogram: null,
    integrationLatencyHistogram: null,
  };
}

export function toTotals(sums: MetricSums): MetricTotals {
  return {
    count: sums.count,
    error4xx: sums.error4xx,
    error5xx: sums.error5xx,
    latency: summarize(sums.latencyHistogram, sums.latencyMaxMs),
    integrationLatency: summarize(sums.integrationLatencyHistogram, integrationMaxMs(sums)),
    cacheHitCount: sums.cacheHitCount,
    cacheMissCount: sums.cacheMissCount,
  };
}

/** Percentiles from the summed histogram, clamped to the true max the rows recorded. */
export function summarize(histogram: readonly number[] | null, maxMs: number): LatencySummary | null {
  if (!histogram) return null;
  const p50 = percentile(histogram, 0.5, maxMs);
  if (p50 === null) return null;
  return { p50, p90: percentile(histogram, 0.9, maxMs) ?? p50, p99: percentile(histogram, 0.99, maxMs) ?? p50, max: maxMs };
}

/**
 * Rows keep no IntegrationLatency max, so it is the upper bound of the highest bucket holding a request (within the
 * histogram's error), never above the request latency's max: an integration runs inside its request.
 */
function integrationMaxMs(sums: MetricSums): number {
  const histogram = sums.integrationLatencyHistogram;
  if (!histogram) return 0;
  let top = histogram.length - 1;
  while (top > 0 && histogram[top] === 0) top--;
  const bound = top < LATENCY_BUCKETS_MS.length ? LATENCY_BUCKETS_MS[top] : sums.latencyMaxMs;
  return sums.latencyMaxMs > 0 ? Math.min(bound, sums.latencyMaxMs) : bound;
}
