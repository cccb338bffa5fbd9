import { percentile } from "../../domain/histogram";
import type { StageMetricsView } from "../../domain/views";
import { findStageRowOrThrow } from "../lookups";
import { collectMetrics } from "../metrics/collect-metrics";
import { bucketWindow } from "../metrics/metric-window";
import type { MetricSums } from "../metrics/metrics-view";

export type { MetricBucket, StageMetricsView } from "../../domain/views";

const MINUTE = 60_000;

/**
 * Per-minute Count, 4XXError, 5XXError, Latency p50/p99, IntegrationLatency, CacheHitCount and CacheMissCount for a
 * stage, empty minutes included, and the same counts per resource and method over the range.
 * `canary`: true for the canary's requests only, false for the stage's own, absent for both (AWS's "Stage" and
 * "Stage/Canary" metric dimensions). The stage page's panel; the dashboards use getMetrics, on the same reader.
 */
export async function getStageMetrics(
  restApiId: string,
  stageName: string,
  opts: { from: Date; to: Date; canary?: boolean },
): Promise<StageMetricsView> {
  await findStageRowOrThrow(restApiId, stageName);
  const collected = await collectMetrics(
    { restApiId, stageName, ...(opts.canary !== undefined ? { canary: opts.canary } : {}) },
    bucketWindow(opts.from, opts.to, MINUTE),
  );
  const buckets = [...collected.buckets.entries()].map(([t, sums]) => ({
    minute: new Date(t).toISOString(),
    ...counts(sums),
    p50Ms: latencyPercentile(sums, 0.5),
    p99Ms: latencyPercentile(sums, 0.99),
    integrationLatencyAvgMs: sums.integrationCount ? sums.integrationLatencySumMs / sums.integrationCount : null,
  }));
  const methods = [...collected.methods.values()]
    .map(({ resourcePath, httpMethod, sums }) => ({ resourcePath, httpMethod, ...counts(sums) }))
    .sort((a, b) => b.count - a.count || a.resourcePath.localeCompare(b.resourcePath));
  return { buckets, totals: counts(collected.total), methods };
}

function counts(sums: MetricSums) {
  const { count, error4xx, error5xx, cacheHitCount, cacheMissCount } = sums;
  return { count, error4xx, error5xx, cacheHitCount, cacheMissCount };
}

function latencyPercentile(sums: MetricSums, q: number): number | null {
  return sums.latencyHistogram ? percentile(sums.latencyHistogram, q, sums.latencyMaxMs) : null;
}
