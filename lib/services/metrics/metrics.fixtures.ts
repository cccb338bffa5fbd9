/** Test data for the metrics cases: an API with stages, metric deltas built from raw latencies, and references. */
import { bucketIndex, emptyHistogram } from "../../domain/histogram";
import type { MetricDelta, RequestLogRecord } from "../../domain/runtime-contract";
import { createDeployment } from "../deployments/create-deployment";
import { putIntegration } from "../integrations/put-integration";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { ingestTelemetry } from "../runtime/ingest-telemetry";

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export async function apiWithStages(name: string, stages: string[] = ["prod"]): Promise<string> {
  const api = await createRestApi({ name });
  await putMethod(api.id, api.rootResourceId, "GET", {});
  await putIntegration(api.id, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  for (const stageName of stages) await createDeployment(api.id, { stageName });
  return api.id;
}

export function histogramOf(latencies: readonly number[]): number[] {
  const histogram = emptyHistogram();
  for (const ms of latencies) histogram[bucketIndex(ms)]++;
  return histogram;
}

/** A delta for `latencies` (one request each), in the minute holding `atMs`. */
export function delta(
  restApiId: string,
  atMs: number,
  fields: Partial<MetricDelta> & { latencies?: number[]; integrationLatencies?: number[] } = {},
): MetricDelta {
  const { latencies = [5], integrationLatencies, ...rest } = fields;
  return {
    minute: new Date(Math.floor(atMs / MINUTE) * MINUTE).toISOString(),
    restApiId,
    stageName: "prod",
    resourcePath: "/",
    httpMethod: "GET",
    count: latencies.length,
    error4xx: 0,
    error5xx: 0,
    latencySumMs: latencies.reduce((a, b) => a + b, 0),
    latencyMaxMs: Math.max(0, ...latencies),
    integrationLatencySumMs: (integrationLatencies ?? []).reduce((a, b) => a + b, 0),
    integrationCount: integrationLatencies?.length ?? 0,
    latencyHistogram: histogramOf(latencies),
    ...(integrationLatencies ? { integrationLatencyHistogram: histogramOf(integrationLatencies) } : {}),
    ...rest,
  };
}

export async function ingest(metrics: MetricDelta[], runtimeId = "test-runtime"): Promise<void> {
  await ingestTelemetry({ runtimeId, logs: [], metrics, droppedLogs: 0 });
}

/** A request record as the runtime's MetricsAggregator takes it. */
export function requestRecord(restApiId: string, atMs: number, fields: Partial<RequestLogRecord>): RequestLogRecord {
  return {
    requestId: "r",
    extendedRequestId: "e",
    time: new Date(atMs).toISOString(),
    restApiId,
    stageName: "prod",
    httpMethod: "GET",
    resourcePath: "/",
    path: "/",
    status: 200,
    latencyMs: 1,
    integrationLatencyMs: null,
    sourceIp: "127.0.0.1",
    userAgent: null,
    protocol: "HTTP/1.1",
    responseLength: 0,
    errorType: null,
    ...fields,
  };
}

/** The q-quantile of raw values by nearest rank: what the histogram's estimate approximates. */
export function nearestRank(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

/** Deterministic pseudo-random numbers in [0, 1), so a failure can be reproduced. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
