/** Request-log records for the log services' tests: record `i` arrived `i` seconds after 2026-03-01T00:00:00Z. */
import type { RequestLogRecord } from "../../domain/runtime-contract";

export const LOG_EPOCH_MS = Date.parse("2026-03-01T00:00:00Z");

/**
 * Even records are GET /prod/pets/{i} on /pets/{id} with key k1, odd ones POST /prod/orders on /orders with
 * key k2; every fifth is served by the canary. Ids are `req-{i}`, `ext-{i}` and a trace id of `i` padded to 32.
 */
export function logRecord(restApiId: string, stageName: string, i: number, overrides: Partial<RequestLogRecord> = {}): RequestLogRecord {
  const even = i % 2 === 0;
  return {
    requestId: `req-${i}`,
    extendedRequestId: `ext-${i}`,
    time: new Date(LOG_EPOCH_MS + i * 1_000).toISOString(),
    restApiId,
    stageName,
    httpMethod: even ? "GET" : "POST",
    resourcePath: even ? "/pets/{id}" : "/orders",
    path: even ? `/${stageName}/pets/${i}` : `/${stageName}/orders`,
    status: 200,
    latencyMs: 5 + i,
    integrationLatencyMs: 3,
    sourceIp: "203.0.113.7",
    userAgent: "curl/8",
    protocol: "HTTP/1.1",
    responseLength: 12,
    errorType: null,
    canary: i % 5 === 0,
    apiKeyId: even ? "k1" : "k2",
    traceId: String(i).padStart(32, "0"),
    ...overrides,
  };
}
