/** A runtime request log record for unit tests: a plain 200 GET on /prod/r; tests override what they check. */
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";

export function requestLogRecord(overrides: Partial<RequestLogRecord> = {}): RequestLogRecord {
  return {
    requestId: "r",
    extendedRequestId: "x",
    time: "2025-01-01T00:00:30.000Z",
    restApiId: "api",
    stageName: "prod",
    httpMethod: "GET",
    resourcePath: "/r",
    path: "/prod/r",
    status: 200,
    latencyMs: 10,
    integrationLatencyMs: 7,
    sourceIp: "127.0.0.1",
    userAgent: null,
    protocol: "HTTP/1.1",
    responseLength: 1,
    errorType: null,
    ...overrides,
  };
}
