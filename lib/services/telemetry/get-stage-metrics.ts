import { addHistograms, emptyHistogram, percentile } from "../../domain/histogram";
import type { MethodMetricsTotals, StageMetricsView } from "../../domain/views";
import { db } from "../../db";
import { asNumberArray } from "../json";
import { findStageRowOrThrow } from "../lookups";

export type { MetricBucket, StageMetricsView } from "../../domain/views";

const MINUTE = 60_000;

/**
 * Per-minute Count, 4XXError, 5XXError, Latency p50/p99, IntegrationLatency, CacheHitCount and CacheMissCount for a
 * stage, empty minutes included, and the same counts per resource and method over the range.
 * `canary`: true for the canary's requests only, false for the stage's own, absent for both (AWS's "Stage" and
 * "Stage/Canary" metric dimensions).
 */
export async function getStageMetrics(
  restApiId: string,
  stageName: string,
  opts: { from: Date; to: Date; canary?: boolean },
): Promise<StageMetricsView> {
  await findStageRowOrThrow(restApiId, stageName);
  const from = Math.floor(opts.from.getTime() / MINUTE) * MINUTE;
  const to = Math.floor(opts.to.getTime() / MINUTE) * MINUTE;
  const rows = await db().metricPoint.findMany({
    where: { restApiId, stageName, minute: { gte: new Date(from), lte: new Date(to) }, ...(opts.canary !== undefined ? { canary: opts.canary } : {}) },
  });
  type Minute = { count: number; e4: number; e5: number; hist: number[]; integSum: number; integCount: number; hits: number; misses: number };
  const byMinute = new Map<number, Minute>();
  for (let t = from; t <= to; t += MINUTE) {
    byMinute.set(t, { count: 0, e4: 0, e5: 0, hist: emptyHistogram(), integSum: 0, integCount: 0, hits: 0, misses: 0 });
  }
  const byMethod = new Map<string, MethodMetricsTotals>();
  for (const row of rows) {
    const bucket = byMinute.get(row.minute.getTime());
    if (!bucket) continue;
    const methodKey = `${row.httpMethod} ${row.resourcePath}`;
    let method = byMethod.get(methodKey);
    if (!method) {
      method = { resourcePath: row.resourcePath, httpMethod: row.httpMethod, count: 0, error4xx: 0, error5xx: 0, cacheHitCount: 0, cacheMissCount: 0 };
      byMethod.set(methodKey, method);
    }
    method.count += row.count;
    method.error4xx += row.error4xx;
    method.error5xx += row.error5xx;
    method.cacheHitCount += row.cacheHitCount;
    method.cacheMissCount += row.cacheMissCount;
    bucket.hits += row.cacheHitCount;
    bucket.misses += row.cacheMissCount;
    bucket.count += row.count;
    bucket.e4 += row.error4xx;
    bucket.e5 += row.error5xx;
    bucket.integSum += row.integrationLatencySumMs;
    bucket.integCount += row.integrationCount;
    addHistograms(bucket.hist, asNumberArray(row.latencyHistogram));
  }
  const buckets = [...byMinute.entries()].map(([t, b]) => ({
    minute: new Date(t).toISOString(),
    count: b.count,
    error4xx: b.e4,
    error5xx: b.e5,
    p50Ms: percentile(b.hist, 0.5),
    p99Ms: percentile(b.hist, 0.99),
    integrationLatencyAvgMs: b.integCount ? b.integSum / b.integCount : null,
    cacheHitCount: b.hits,
    cacheMissCount: b.misses,
  }));
  const totals = { count: 0, error4xx: 0, error5xx: 0, cacheHitCount: 0, cacheMissCount: 0 };
  for (const b of buckets) {
    totals.count += b.count;
    totals.error4xx += b.error4xx;
    totals.error5xx += b.error5xx;
    totals.cacheHitCount += b.cacheHitCount;
    totals.cacheMissCount += b.cacheMissCount;
  }
  const methods = [...byMethod.values()].sort((a, b) => b.count - a.count || a.resourcePath.localeCompare(b.resourcePath));
  return { buckets, totals, methods };
}
