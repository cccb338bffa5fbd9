/**
 * Per-minute CloudWatch-style metrics (Count, 4XXError, 5XXError, Latency, IntegrationLatency) per stage,
 * resource and method, kept as deltas since the last flush.
 */
import { bucketIndex, emptyHistogram, addHistograms } from "../../../lib/domain/histogram";
import type { MetricDelta, RequestLogRecord } from "../../../lib/domain/runtime-contract";

/** A stage's requests that matched no resource are counted under this resource path (AWS counts them per stage). */
export const UNMATCHED_RESOURCE = "";

export class MetricsAggregator {
  private deltas = new Map<string, MetricDelta>();

  /** Keys beyond this (a long sink outage with many routes) are not tracked; returns false when refused. */
  constructor(private readonly maxKeys = 10_000) {}

  add(record: RequestLogRecord, minuteStartMs: number): boolean {
    const resourcePath = record.resourcePath ?? UNMATCHED_RESOURCE;
    const canary = record.canary === true;
    const key = `${minuteStartMs}|${record.restApiId}|${record.stageName}|${resourcePath}|${record.httpMethod}|${canary ? 1 : 0}`;
    let delta = this.deltas.get(key);
    if (!delta) {
      if (this.deltas.size >= this.maxKeys) return false;
      delta = {
        minute: new Date(minuteStartMs).toISOString(),
        restApiId: record.restApiId,
        stageName: record.stageName,
        resourcePath,
        httpMethod: record.httpMethod,
        count: 0,
        error4xx: 0,
        error5xx: 0,
        latencySumMs: 0,
        latencyMaxMs: 0,
        integrationLatencySumMs: 0,
        integrationCount: 0,
        latencyHistogram: emptyHistogram(),
        ...(canary ? { canary: true } : {}),
      };
      this.deltas.set(key, delta);
    }
    delta.count++;
    if (record.status >= 400 && record.status < 500) delta.error4xx++;
    else if (record.status >= 500) delta.error5xx++;
    delta.latencySumMs += record.latencyMs;
    if (record.latencyMs > delta.latencyMaxMs) delta.latencyMaxMs = record.latencyMs;
    // A timed-out integration (-1) has no meaningful latency; AWS leaves it out of IntegrationLatency too.
    if (record.integrationLatencyMs !== null && record.integrationLatencyMs >= 0) {
      delta.integrationLatencySumMs += record.integrationLatencyMs;
      delta.integrationCount++;
    }
    delta.latencyHistogram[bucketIndex(record.latencyMs)]++;
    if (record.cacheStatus === "hit") delta.cacheHitCount = (delta.cacheHitCount ?? 0) + 1;
    else if (record.cacheStatus === "miss") delta.cacheMissCount = (delta.cacheMissCount ?? 0) + 1;
    return true;
  }

  /** Hands over everything collected so far and starts empty. */
  take(): MetricDelta[] {
    const taken = [...this.deltas.values()];
    this.deltas = new Map();
    return taken;
  }

  /** Puts back deltas from a batch the sink refused, summing with anything collected since. */
  restore(deltas: readonly MetricDelta[]): void {
    for (const delta of deltas) {
      const key = `${Date.parse(delta.minute)}|${delta.restApiId}|${delta.stageName}|${delta.resourcePath}|${delta.httpMethod}|${delta.canary ? 1 : 0}`;
      const current = this.deltas.get(key);
      if (!current) {
        this.deltas.set(key, delta);
        continue;
      }
      current.count += delta.count;
      current.error4xx += delta.error4xx;
      current.error5xx += delta.error5xx;
      current.latencySumMs += delta.latencySumMs;
      current.latencyMaxMs = Math.max(current.latencyMaxMs, delta.latencyMaxMs);
      current.integrationLatencySumMs += delta.integrationLatencySumMs;
      current.integrationCount += delta.integrationCount;
      addHistograms(current.latencyHistogram, delta.latencyHistogram);
      if (delta.cacheHitCount) current.cacheHitCount = (current.cacheHitCount ?? 0) + delta.cacheHitCount;
      if (delta.cacheMissCount) current.cacheMissCount = (current.cacheMissCount ?? 0) + delta.cacheMissCount;
    }
  }

  get size(): number {
    return this.deltas.size;
  }
}
