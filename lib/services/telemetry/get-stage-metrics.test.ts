import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricDelta } from "../../domain/runtime-contract";
import { emptyHistogram } from "../../domain/histogram";
import { createDeployment } from "../deployments/create-deployment";
import { putIntegration } from "../integrations/put-integration";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { ingestTelemetry } from "../runtime/ingest-telemetry";
import { useTestDatabase } from "../testing/test-database";
import { getStageMetrics } from "./get-stage-metrics";

function delta(restApiId: string, minute: string, fields: Partial<MetricDelta>): MetricDelta {
  return {
    minute,
    restApiId,
    stageName: "prod",
    resourcePath: "/",
    httpMethod: "GET",
    count: 0,
    error4xx: 0,
    error5xx: 0,
    latencySumMs: 0,
    latencyMaxMs: 0,
    integrationLatencySumMs: 0,
    integrationCount: 0,
    latencyHistogram: emptyHistogram(),
    ...fields,
  };
}

describe("getStageMetrics: cache hits and misses per stage and method (SQLite)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ cleanup } = await useTestDatabase("sqlite")));
  afterAll(() => cleanup?.());

  it("sums CacheHitCount and CacheMissCount per minute, for the stage and for each method", async () => {
    const api = await createRestApi({ name: "cached" });
    await putMethod(api.id, api.rootResourceId, "GET", {});
    await putIntegration(api.id, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await createDeployment(api.id, { stageName: "prod" });
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000).toISOString();
    await ingestTelemetry({
      runtimeId: "r1",
      logs: [],
      droppedLogs: 0,
      metrics: [
        delta(api.id, minute, { count: 5, cacheHitCount: 4, cacheMissCount: 1 }),
        // A second runtime's delta for the same minute and method, and a method with no cache.
        delta(api.id, minute, { count: 3, cacheHitCount: 1, cacheMissCount: 2 }),
        delta(api.id, minute, { resourcePath: "/pets", httpMethod: "POST", count: 2, error4xx: 1 }),
      ],
    });
    const metrics = await getStageMetrics(api.id, "prod", { from: new Date(Date.now() - 3_600_000), to: new Date() });
    expect(metrics.totals).toEqual({ count: 10, error4xx: 1, error5xx: 0, cacheHitCount: 5, cacheMissCount: 3 });
    const bucket = metrics.buckets.find((b) => b.minute === minute);
    expect([bucket?.cacheHitCount, bucket?.cacheMissCount]).toEqual([5, 3]);
    expect(metrics.methods).toEqual([
      { resourcePath: "/", httpMethod: "GET", count: 8, error4xx: 0, error5xx: 0, cacheHitCount: 5, cacheMissCount: 3 },
      { resourcePath: "/pets", httpMethod: "POST", count: 2, error4xx: 1, error5xx: 0, cacheHitCount: 0, cacheMissCount: 0 },
    ]);
  });
});
