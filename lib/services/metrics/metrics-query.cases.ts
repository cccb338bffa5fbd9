/** getMetrics and getMetricsOverview on a real database; run by metrics.sqlite.test.ts and metrics.postgres.test.ts. */
import { expect, it } from "vitest";
import { MetricsAggregator } from "../../../gateway-runtime/src/telemetry/metrics";
import { HISTOGRAM_RELATIVE_ERROR } from "../../domain/histogram";
import { db } from "../../db";
import { getMetrics } from "./get-metrics";
import { getMetricsOverview } from "./get-metrics-overview";
import { apiWithStages, delta, HOUR, ingest, MINUTE, nearestRank, requestRecord, seeded } from "./metrics.fixtures";
import { rollUpMetrics } from "./roll-up-metrics";

// Each case has its own stretch of time, far from the others', so one case's rows never land in another's range.
const BASE = Date.UTC(2031, 0, 6, 9);

function expectWithinHistogramError(actual: number | undefined, expected: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? 0) - expected)).toBeLessThanOrEqual(expected * HISTOGRAM_RELATIVE_ERROR);
}

export function metricsQueryCases(): void {
  it("reads p50, p90 and p99 within the histogram's error of the raw latencies, and the max exactly, before and after rollup", async () => {
    const apiId = await apiWithStages("latency");
    const t0 = BASE;
    const random = seeded(7);
    const aggregator = new MetricsAggregator();
    const latencies: number[] = [];
    let errors = 0;
    for (let i = 0; i < 3000; i++) {
      // Log-uniform from 1 ms to 4 s, as real latencies spread; a few slow outliers for the tail.
      const latencyMs = Math.round(Math.exp(random() * Math.log(4000)) * 100) / 100 + (i % 500 === 0 ? 9000 : 0);
      const status = random() < 0.05 ? 502 : 200;
      if (status >= 500) errors++;
      latencies.push(latencyMs);
      const at = t0 + Math.floor((i / 3000) * 5 * MINUTE);
      aggregator.add(requestRecord(apiId, at, { latencyMs, status }), Math.floor(at / MINUTE) * MINUTE);
      // A flush every 40 requests: many rows per minute, as a runtime flushing each second writes them.
      if (i % 40 === 39) await ingest(aggregator.take());
    }
    await ingest(aggregator.take());
    const query = { restApiId: apiId, from: new Date(t0), to: new Date(t0 + 4 * MINUTE) };
    const before = await getMetrics(query, new Date(t0 + 10 * MINUTE));
    expect(before.resolutionSeconds).toBe(60);
    expect(before.totals).toMatchObject({ count: 3000, error4xx: 0, error5xx: errors });
    expectWithinHistogramError(before.totals.latency?.p50, nearestRank(latencies, 0.5));
    expectWithinHistogramError(before.totals.latency?.p90, nearestRank(latencies, 0.9));
    expectWithinHistogramError(before.totals.latency?.p99, nearestRank(latencies, 0.99));
    expect(before.totals.latency?.max).toBe(Math.max(...latencies));
    expect(before.series.reduce((n, p) => n + p.count, 0)).toBe(3000);

    const job = await rollUpMetrics(new Date(t0 + 2 * HOUR));
    expect(job.compacted).toBeGreaterThan(0);
    expect(await getMetrics(query, new Date(t0 + 2 * HOUR))).toEqual(before);
    const hourly = await getMetrics({ ...query, from: new Date(t0 - 2 * 24 * HOUR), to: new Date(t0 + HOUR) }, new Date(t0 + 2 * HOUR));
    expect(hourly.resolutionSeconds).toBe(3600);
    expect(hourly.totals).toEqual(before.totals);
  });

  it("answers every bucket of the range, empty ones as zeros", async () => {
    const apiId = await apiWithStages("buckets");
    const t0 = BASE + 5 * 24 * HOUR;
    await ingest([delta(apiId, t0 + 3 * MINUTE, { latencies: [10, 20] }), delta(apiId, t0 + 50 * MINUTE, { latencies: [30] })]);
    const view = await getMetrics({ restApiId: apiId, from: new Date(t0), to: new Date(t0 + 59 * MINUTE + 30_000) }, new Date(t0 + HOUR));
    expect(view.series).toHaveLength(60);
    expect(view.series.map((p) => Date.parse(p.time))).toEqual(Array.from({ length: 60 }, (_, i) => t0 + i * MINUTE));
    expect(view.series[0]).toEqual({ time: new Date(t0).toISOString(), count: 0, error4xx: 0, error5xx: 0, latency: null, integrationLatency: null, cacheHitCount: 0, cacheMissCount: 0 });
    expect(view.series[3]).toMatchObject({ count: 2, latency: { max: 20 } });
    expect(view.series[50]).toMatchObject({ count: 1, latency: { p50: 30, max: 30 } });
  });

  it("narrows to a stage, a method, the canary side or an API key, and ranks methods by requests, errors and p99", async () => {
    const apiId = await apiWithStages("filters", ["prod", "beta"]);
    const t = BASE + 10 * 24 * HOUR;
    await ingest([
      delta(apiId, t, { latencies: [10, 10, 10], apiKeyId: "key-a" }),
      delta(apiId, t, { latencies: [20], apiKeyId: "key-b", error4xx: 1 }),
      delta(apiId, t, { latencies: [30, 30], canary: true, integrationLatencies: [25, 28] }),
      delta(apiId, t, { httpMethod: "POST", resourcePath: "/pets", latencies: [400, 500], error5xx: 2 }),
      delta(apiId, t, { stageName: "beta", latencies: [1, 1, 1, 1] }),
    ]);
    const range = { restApiId: apiId, from: new Date(t), to: new Date(t + MINUTE) };
    const count = async (filters: object) => (await getMetrics({ ...range, ...filters }, new Date(t + HOUR))).totals.count;
    expect(await count({})).toBe(12);
    expect(await count({ stageName: "prod" })).toBe(8);
    expect(await count({ stageName: "beta" })).toBe(4);
    expect(await count({ httpMethod: "POST" })).toBe(2);
    expect(await count({ resourcePath: "/pets" })).toBe(2);
    expect(await count({ canary: true })).toBe(2);
    expect(await count({ stageName: "prod", canary: false })).toBe(6);
    expect(await count({ apiKeyId: "key-a" })).toBe(3);
    expect(await count({ apiKeyId: "" })).toBe(8);
    const canary = await getMetrics({ ...range, canary: true }, new Date(t + HOUR));
    // Rows keep no integration max: it is read from the histogram, within its error of the true 28 ms.
    expectWithinHistogramError(canary.totals.integrationLatency?.max, 28);
    expectWithinHistogramError(canary.totals.integrationLatency?.p50, 25);

    const { top } = await getMetrics(range, new Date(t + HOUR));
    expect(top.byRequests.map((r) => [r.httpMethod, r.resourcePath, r.count])).toEqual([["GET", "/", 10], ["POST", "/pets", 2]]);
    expect(top.byErrors.map((r) => [r.httpMethod, r.errors])).toEqual([["POST", 2], ["GET", 1]]);
    expect(top.byLatency.map((r) => r.httpMethod)).toEqual(["POST", "GET"]);
    expect(top.byLatency[0].p99Ms).toBe(500);
    await expect(getMetrics({ ...range, stageName: "nope" })).rejects.toMatchObject({ code: "NotFoundException" });
    await expect(getMetrics({ ...range, restApiId: "nope" })).rejects.toMatchObject({ code: "NotFoundException" });
  });

  it("reads a stored histogram in the legacy 44-bucket layout", async () => {
    const apiId = await apiWithStages("legacy");
    const t = BASE + 15 * 24 * HOUR;
    const legacy = new Array<number>(44).fill(0);
    legacy[17] = 10; // the legacy bucket (80, 100] ms
    const { minute, ...row } = delta(apiId, t, { latencies: [] });
    await db().metricPoint.create({ data: { ...row, minute: new Date(minute), count: 10, latencyMaxMs: 97, latencyHistogram: legacy } });
    const view = await getMetrics({ restApiId: apiId, from: new Date(t), to: new Date(t) }, new Date(t + HOUR));
    expect(view.totals.latency?.p50).toBeGreaterThan(80);
    expect(view.totals.latency?.p99).toBeLessThanOrEqual(97);
  });

  it("lists every API in the overview, quiet ones with zeros, and sums them per bucket", async () => {
    const busy = await apiWithStages("overview busy");
    const quiet = await apiWithStages("overview quiet");
    const t = BASE + 20 * 24 * HOUR;
    await ingest([delta(busy, t, { latencies: [10, 20, 30], error4xx: 1 }), delta(busy, t + 2 * MINUTE, { latencies: [40] })]);
    const overview = await getMetricsOverview(new Date(t), new Date(t + 4 * MINUTE), new Date(t + HOUR));
    expect(overview.series).toHaveLength(5);
    expect(overview.series.map((p) => p.count)).toEqual([3, 0, 1, 0, 0]);
    const everyApi = await db().restApi.findMany({ select: { id: true } });
    expect(overview.apis.map((a) => a.restApiId).sort()).toEqual(everyApi.map((a) => a.id).sort());
    expect(overview.apis[0]).toMatchObject({ restApiId: busy, name: "overview busy", count: 4, error4xx: 1, error5xx: 0, p99Ms: 40 });
    expect(overview.apis.find((a) => a.restApiId === quiet)).toEqual({
      restApiId: quiet, name: "overview quiet", count: 0, error4xx: 0, error5xx: 0, p50Ms: null, p99Ms: null,
    });
  });
}
