/**
 * The values a metric row adds up (CloudWatch's Count, 4XXError, 5XXError, Latency, IntegrationLatency, cache hits
 * and misses, with the histograms percentiles are read from). The runtime merges its per-minute deltas and the
 * control plane its compactions and hourly rollups with the same addition, so the two can never disagree.
 */
import { addHistograms, emptyHistogram } from "./histogram";

export interface AddableMetricValues {
  count: number;
  error4xx: number;
  error5xx: number;
  latencySumMs: number;
  latencyMaxMs: number;
  integrationLatencySumMs: number;
  integrationCount: number;
  latencyHistogram: number[];
  /** Absent: no integration ran. */
  integrationLatencyHistogram?: number[];
  cacheHitCount?: number;
  cacheMissCount?: number;
}

/** Adds `from` into `into`: sums, the larger max, summed histograms (both in LATENCY_BUCKETS_MS's layout). */
export function addMetricValues(into: AddableMetricValues, from: Readonly<AddableMetricValues>): void {
  into.count += from.count;
  into.error4xx += from.error4xx;
  into.error5xx += from.error5xx;
  into.latencySumMs += from.latencySumMs;
  into.latencyMaxMs = Math.max(into.latencyMaxMs, from.latencyMaxMs);
  into.integrationLatencySumMs += from.integrationLatencySumMs;
  into.integrationCount += from.integrationCount;
  addHistograms(into.latencyHistogram, from.latencyHistogram);
  if (from.integrationLatencyHistogram) {
    into.integrationLatencyHistogram = addHistograms(into.integrationLatencyHistogram ?? emptyHistogram(), from.integrationLatencyHistogram);
  }
  if (from.cacheHitCount) into.cacheHitCount = (into.cacheHitCount ?? 0) + from.cacheHitCount;
  if (from.cacheMissCount) into.cacheMissCount = (into.cacheMissCount ?? 0) + from.cacheMissCount;
}
