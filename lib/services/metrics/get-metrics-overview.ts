import { addHistograms, emptyHistogram, percentile } from "../../domain/histogram";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { collectMetrics } from "./collect-metrics";
import { toSeries } from "./get-metrics";
import { bucketWindow, resolutionFor } from "./metric-window";
import { emptySums, type ApiMetricsRow, type MetricSums, type MetricsOverview } from "./metrics-view";

export type { ApiMetricsRow, MetricsOverview } from "./metrics-view";

/**
 * The account's traffic over a range: everything the gateway served per bucket (APIs deleted since included: the
 * traffic happened), and every existing API's totals (zeros when it had none), busiest first.
 */
export async function getMetricsOverview(from: Date, to: Date, now = new Date()): Promise<MetricsOverview> {
  if (to.getTime() < from.getTime()) throw badRequest("from must not be later than to.");
  const apis = await db().restApi.findMany({ select: { id: true, name: true } });
  const resolutionMs = resolutionFor(from, to, now);
  const collected = await collectMetrics({}, bucketWindow(from, to, resolutionMs));
  const byApi = new Map<string, MetricSums>();
  for (const { restApiId, sums } of collected.methods.values()) {
    const into = byApi.get(restApiId) ?? emptySums();
    into.count += sums.count;
    into.error4xx += sums.error4xx;
    into.error5xx += sums.error5xx;
    into.latencyMaxMs = Math.max(into.latencyMaxMs, sums.latencyMaxMs);
    if (sums.latencyHistogram) into.latencyHistogram = addHistograms(into.latencyHistogram ?? emptyHistogram(), sums.latencyHistogram);
    byApi.set(restApiId, into);
  }
  const rows: ApiMetricsRow[] = apis.map(({ id, name }) => {
    const sums = byApi.get(id) ?? emptySums();
    const latency = (q: number) => (sums.latencyHistogram ? percentile(sums.latencyHistogram, q, sums.latencyMaxMs) : null);
    return { restApiId: id, name, count: sums.count, error4xx: sums.error4xx, error5xx: sums.error5xx, p50Ms: latency(0.5), p99Ms: latency(0.99) };
  });
  rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.restApiId.localeCompare(b.restApiId));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    resolutionSeconds: resolutionMs / 1000,
    series: toSeries(collected),
    apis: rows,
  };
}
