import { addHistograms, emptyHistogram, percentile } from "../../domain/histogram";
import type { StageMetricsView } from "../../domain/views";
import { db } from "../../db";
import { asNumberArray } from "../json";
import { findStageRowOrThrow } from "../lookups";

export type { MetricBucket, StageMetricsView } from "../../domain/views";

const MINUTE = 60_000;

/**
 * Per-minute Count, 4XXError, 5XXError, Latency p50/p99 and IntegrationLatency for a stage, empty minutes included.
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
  const byMinute = new Map<number, { count: number; e4: number; e5: number; hist: number[]; integSum: number; integCount: number }>();
  for (let t = from; t <= to; t += MINUTE) byMinute.set(t, { count: 0, e4: 0, e5: 0, hist: emptyHistogram(), integSum: 0, integCount: 0 });
  for (const row of rows) {
    const bucket = byMinute.get(row.minute.getTime());
    if (!bucket) continue;
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
  }));
  const totals = buckets.reduce((t, b) => ({ count: t.count + b.count, error4xx: t.error4xx + b.error4xx, error5xx: t.error5xx + b.error5xx }), {
    count: 0,
    error4xx: 0,
    error5xx: 0,
  });
  return { buckets, totals };
}
