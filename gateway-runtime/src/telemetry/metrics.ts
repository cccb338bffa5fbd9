/**
 * Per-minute CloudWatch-style metrics (Count, 4XXError, 5XXError, Latency, IntegrationLatency, cache hits and
 * misses) per stage, resource, method, canary and API key, kept as deltas since the last flush.
 *
 * Deltas live in two sets: `fresh` (counted since anyone last looked) and `pending` (already handed to the
 * runtime's Prometheus registry, not yet accepted by the sink). A request's figures leave `fresh` exactly once,
 * through `drainFresh`, so Prometheus counts each request once however often a refused batch is put back.
 */
import { bucketIndex, emptyHistogram } from "../../../lib/domain/histogram";
import { addMetricValues } from "../../../lib/domain/metric-values";
import type { MetricDelta, RequestLogRecord } from "../../../lib/domain/runtime-contract";

/** A stage's requests that matched no resource are counted under this resource path (AWS counts them per stage). */
export const UNMATCHED_RESOURCE = "";

function deltaKey(minuteStartMs: number, restApiId: string, stageName: string, resourcePath: string, httpMethod: string, canary: boolean, apiKeyId: string | undefined): string {
  return `${minuteStartMs}|${restApiId}|${stageName}|${resourcePath}|${httpMethod}|${canary ? 1 : 0}|${apiKeyId ?? ""}`;
}

function keyOf(delta: MetricDelta): string {
  return deltaKey(Date.parse(delta.minute), delta.restApiId, delta.stageName, delta.resourcePath, delta.httpMethod, delta.canary === true, delta.apiKeyId);
}

export class MetricsAggregator {
  private fresh = new Map<string, MetricDelta>();
  private pending = new Map<string, MetricDelta>();

  /**
   * Keys beyond `maxKeys` (a long sink outage with many routes) are not tracked; `add` returns false when refused.
   * `onFresh` sees every delta once, when it leaves the fresh set (the runtime's Prometheus registry).
   */
  constructor(
    private readonly maxKeys = 10_000,
    private readonly onFresh?: (deltas: readonly MetricDelta[]) => void,
  ) {}

  add(record: RequestLogRecord, minuteStartMs: number): boolean {
    const resourcePath = record.resourcePath ?? UNMATCHED_RESOURCE;
    const canary = record.canary === true;
    const apiKeyId = record.apiKeyId ?? undefined;
    const key = deltaKey(minuteStartMs, record.restApiId, record.stageName, resourcePath, record.httpMethod, canary, apiKeyId);
    let delta = this.fresh.get(key);
    if (!delta) {
      if (this.fresh.size + this.pending.size >= this.maxKeys) return false;
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
        ...(apiKeyId ? { apiKeyId } : {}),
      };
      this.fresh.set(key, delta);
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
      (delta.integrationLatencyHistogram ??= emptyHistogram())[bucketIndex(record.integrationLatencyMs)]++;
    }
    delta.latencyHistogram[bucketIndex(record.latencyMs)]++;
    if (record.cacheStatus === "hit") delta.cacheHitCount = (delta.cacheHitCount ?? 0) + 1;
    else if (record.cacheStatus === "miss") delta.cacheMissCount = (delta.cacheMissCount ?? 0) + 1;
    return true;
  }

  /** Hands the fresh deltas to `onFresh` and keeps them for the sink (a scrape calls this; so does take). */
  drainFresh(): void {
    if (this.fresh.size === 0) return;
    const fresh = [...this.fresh.values()];
    this.fresh = new Map();
    // Before the merge below: the merge may add pending figures into these very objects.
    this.onFresh?.(fresh);
    this.merge(fresh);
  }

  /** Hands over everything the sink has not accepted yet and starts empty. */
  take(): MetricDelta[] {
    this.drainFresh();
    const taken = [...this.pending.values()];
    this.pending = new Map();
    return taken;
  }

  /** Puts back deltas from a batch the sink refused, summing with anything collected since. Never counted again. */
  restore(deltas: readonly MetricDelta[]): void {
    this.merge(deltas);
  }

  get size(): number {
    return this.fresh.size + this.pending.size;
  }

  private merge(deltas: readonly MetricDelta[]): void {
    for (const delta of deltas) {
      const key = keyOf(delta);
      const current = this.pending.get(key);
      if (current) addMetricValues(current, delta);
      else this.pending.set(key, delta);
    }
  }
}
