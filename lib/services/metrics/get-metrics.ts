import { percentile } from "../../domain/histogram";
import { badRequest } from "../../errors";
import { findRestApiRowOrThrow, findStageRowOrThrow } from "../lookups";
import { collectMetrics, type CollectedMetrics, type MethodSums } from "./collect-metrics";
import { bucketWindow, resolutionFor } from "./metric-window";
import { toTotals, type MetricPoint, type MetricTopRow, type MetricsView } from "./metrics-view";

export type { MetricPoint, MetricTopRow, MetricTotals, MetricsView } from "./metrics-view";

export interface MetricsQuery {
  restApiId: string;
  stageName?: string;
  resourcePath?: string;
  httpMethod?: string;
  /** true: the canary's requests only; false: the stage's own; absent: both. */
  canary?: boolean;
  /** "" for requests without a key. */
  apiKeyId?: string;
  from: Date;
  to: Date;
}

const TOP = 10;

/**
 * An API's metrics over a range (one stage, resource, method, canary side or API key if asked): every bucket,
 * the range's totals, and its busiest, most failing and slowest methods.
 */
export async function getMetrics(query: MetricsQuery, now = new Date()): Promise<MetricsView> {
  if (query.to.getTime() < query.from.getTime()) throw badRequest("from must not be later than to.");
  if (query.stageName !== undefined) await findStageRowOrThrow(query.restApiId, query.stageName);
  else await findRestApiRowOrThrow(query.restApiId);
  const resolutionMs = resolutionFor(query.from, query.to, now);
  // Prisma reads an undefined field as "no condition", so absent filters need no special case.
  const { restApiId, stageName, resourcePath, httpMethod, canary, apiKeyId } = query;
  const filter = { restApiId, stageName, resourcePath, httpMethod, canary, apiKeyId };
  const collected = await collectMetrics(filter, bucketWindow(query.from, query.to, resolutionMs));
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    resolutionSeconds: resolutionMs / 1000,
    series: toSeries(collected),
    totals: toTotals(collected.total),
    top: topMethods([...collected.methods.values()]),
  };
}

export function toSeries(collected: CollectedMetrics): MetricPoint[] {
  return [...collected.buckets.entries()].map(([time, sums]) => ({ time: new Date(time).toISOString(), ...toTotals(sums) }));
}

/** Methods are already one per resource and method here: the query is for one API, and SQL summed its stages, sides and keys. */
function topMethods(methods: MethodSums[]): MetricsView["top"] {
  const all: MetricTopRow[] = methods.map(({ resourcePath, httpMethod, sums }) => ({
    resourcePath,
    httpMethod,
    count: sums.count,
    errors: sums.error4xx + sums.error5xx,
    p99Ms: sums.latencyHistogram ? percentile(sums.latencyHistogram, 0.99, sums.latencyMaxMs) : null,
  }));
  const byName = (a: MetricTopRow, b: MetricTopRow) => a.resourcePath.localeCompare(b.resourcePath) || a.httpMethod.localeCompare(b.httpMethod);
  return {
    byRequests: all.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || byName(a, b)).slice(0, TOP),
    byErrors: all.filter((r) => r.errors > 0).sort((a, b) => b.errors - a.errors || byName(a, b)).slice(0, TOP),
    byLatency: all.filter((r) => r.p99Ms !== null).sort((a, b) => (b.p99Ms ?? 0) - (a.p99Ms ?? 0) || byName(a, b)).slice(0, TOP),
  };
}
