import { describe, expect, it } from "vitest";
import { bucketIndex, emptyHistogram } from "../../../lib/domain/histogram";
import type { MetricDelta } from "../../../lib/domain/runtime-contract";
import { MetricsAggregator } from "./metrics";
import { requestLogRecord } from "../test-support/records";

const MINUTE = Date.parse("2025-01-01T00:00:00.000Z");

const record = requestLogRecord;

function histogramOf(...latencies: number[]): number[] {
  const out = emptyHistogram();
  for (const ms of latencies) out[bucketIndex(ms)]++;
  return out;
}

const byKey = (deltas: MetricDelta[], apiKeyId?: string) => deltas.find((delta) => delta.apiKeyId === apiKeyId);

describe("metrics aggregation per API key", () => {
  it("keeps each key's requests apart and leaves apiKeyId off requests without a key", () => {
    const metrics = new MetricsAggregator();
    metrics.add(record({ apiKeyId: "k1" }), MINUTE);
    metrics.add(record({ apiKeyId: "k1", status: 429, integrationLatencyMs: null }), MINUTE);
    metrics.add(record({ apiKeyId: "k2" }), MINUTE);
    metrics.add(record({ apiKeyId: null }), MINUTE);
    metrics.add(record(), MINUTE);
    const deltas = metrics.take();
    expect(deltas).toHaveLength(3);
    expect(byKey(deltas, "k1")).toMatchObject({ count: 2, error4xx: 1, integrationCount: 1 });
    expect(byKey(deltas, "k2")).toMatchObject({ count: 1, apiKeyId: "k2" });
    const keyless = byKey(deltas, undefined)!;
    expect(keyless.count).toBe(2);
    expect("apiKeyId" in keyless).toBe(false);
  });

  it("builds the IntegrationLatency histogram only from integrations that ran and did not time out", () => {
    const metrics = new MetricsAggregator();
    metrics.add(record({ integrationLatencyMs: 3 }), MINUTE);
    metrics.add(record({ integrationLatencyMs: 250 }), MINUTE);
    metrics.add(record({ integrationLatencyMs: -1, status: 504 }), MINUTE);
    metrics.add(record({ integrationLatencyMs: null, status: 403 }), MINUTE);
    metrics.add(record({ resourcePath: "/mock", integrationLatencyMs: null }), MINUTE);
    const [ran, noIntegration] = metrics.take();
    expect(ran).toMatchObject({ count: 4, integrationCount: 2, integrationLatencySumMs: 253 });
    expect(ran.integrationLatencyHistogram).toEqual(histogramOf(3, 250));
    expect(noIntegration.resourcePath).toBe("/mock");
    expect(noIntegration.integrationLatencyHistogram).toBeUndefined();
  });
});

describe("restore and the fresh/pending split", () => {
  it("merges a refused batch's per-key deltas and integration histograms into what came since", () => {
    const metrics = new MetricsAggregator();
    metrics.add(record({ apiKeyId: "k1", integrationLatencyMs: 5 }), MINUTE);
    metrics.add(record({ integrationLatencyMs: null }), MINUTE);
    const refused = metrics.take();
    metrics.add(record({ apiKeyId: "k1", integrationLatencyMs: 40 }), MINUTE);
    metrics.add(record({ apiKeyId: "k2", integrationLatencyMs: 9 }), MINUTE);
    metrics.restore(refused);
    const deltas = metrics.take();
    expect(deltas).toHaveLength(3);
    expect(byKey(deltas, "k1")).toMatchObject({ count: 2, integrationCount: 2, integrationLatencySumMs: 45 });
    expect(byKey(deltas, "k1")!.integrationLatencyHistogram).toEqual(histogramOf(5, 40));
    expect(byKey(deltas, "k2")!.integrationLatencyHistogram).toEqual(histogramOf(9));
    // The keyless delta had no integration: restoring it must not invent an integration histogram.
    expect(byKey(deltas, undefined)).toMatchObject({ count: 1, integrationCount: 0 });
    expect(byKey(deltas, undefined)!.integrationLatencyHistogram).toBeUndefined();
    expect(metrics.take()).toEqual([]);
  });

  it("hands every request to onFresh exactly once, however often its delta is put back", () => {
    let seen = 0;
    const metrics = new MetricsAggregator(10_000, (deltas) => {
      for (const delta of deltas) seen += delta.count;
    });
    metrics.add(record(), MINUTE);
    metrics.add(record({ apiKeyId: "k1" }), MINUTE);
    metrics.drainFresh();
    expect(seen).toBe(2);
    metrics.add(record(), MINUTE);
    const first = metrics.take();
    expect(seen).toBe(3);
    expect(first.reduce((sum, delta) => sum + delta.count, 0)).toBe(3);
    metrics.restore(first);
    metrics.restore(metrics.take());
    metrics.drainFresh();
    expect(seen).toBe(3);
    metrics.add(record(), MINUTE);
    expect(metrics.take().reduce((sum, delta) => sum + delta.count, 0)).toBe(4);
    expect(seen).toBe(4);
  });

  it("refuses new keys past the limit, counting keys waiting for the sink", () => {
    const metrics = new MetricsAggregator(2);
    expect(metrics.add(record({ apiKeyId: "a" }), MINUTE)).toBe(true);
    metrics.drainFresh();
    expect(metrics.add(record({ apiKeyId: "b" }), MINUTE)).toBe(true);
    expect(metrics.add(record({ apiKeyId: "c" }), MINUTE)).toBe(false);
    expect(metrics.add(record({ apiKeyId: "b" }), MINUTE)).toBe(true);
    expect(metrics.size).toBe(2);
  });
});
