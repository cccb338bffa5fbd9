import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";
import { MemoryLogger } from "../ports/logger";
import { requestLogRecord } from "../test-support/records";
import { OtlpTraceExport, otlpSettingsFromEnv } from "./otlp";

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; boolValue?: boolean };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpAttribute[];
  status: { code?: number; message?: string };
}
interface OtlpRequest {
  resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

/** A fake OTLP/HTTP collector: keeps each JSON body POSTed to /v1/traces (or refuses it with 400 while `refusing`). */
const received: { path: string; contentType?: string; body: OtlpRequest }[] = [];
let refusing = false;
const collector = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (refusing) return res.writeHead(400).end();
    const raw = Buffer.concat(chunks);
    const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
    received.push({ path: req.url ?? "", contentType: req.headers["content-type"], body: JSON.parse(text) as OtlpRequest });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
let collectorUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));
afterEach(() => {
  received.length = 0;
  refusing = false;
  vi.unstubAllEnvs();
});

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const GATEWAY_SPAN = "a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";

function record(overrides: Partial<RequestLogRecord> = {}): RequestLogRecord {
  return requestLogRecord({
    requestId: "req-1",
    extendedRequestId: "ext-1",
    restApiId: "otelapi001",
    resourcePath: "/pets/{id}",
    path: "/prod/pets/7",
    latencyMs: 25,
    integrationLatencyMs: 20,
    userAgent: "tests/1.0",
    responseLength: 2,
    traceId: TRACE_ID,
    spanId: GATEWAY_SPAN,
    parentSpanId: CALLER_SPAN,
    timeline: [
      { step: "route", startMs: 0, durationMs: 0.2, outcome: "ok", detail: "GET /pets/{id}" },
      { step: "integration", startMs: 2, durationMs: 20, outcome: "ok", detail: "status 200" },
    ],
    ...overrides,
  });
}

const attribute = (attributes: OtlpAttribute[], key: string) => attributes.find((a) => a.key === key)?.value;
const spansOf = () => received.flatMap((r) => r.body.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)));

describe("OTLP trace export", () => {
  it("sends a SERVER span with the record's trace, span and parent ids, and a child span per step", async () => {
    const traces = new OtlpTraceExport({ url: `${collectorUrl}/v1/traces`, serviceName: "gw-under-test" }, new MemoryLogger());
    traces.record(record());
    await traces.shutdown();
    expect(received.map((r) => [r.path, r.contentType])).toEqual([["/v1/traces", "application/json"]]);
    expect(attribute(received[0].body.resourceSpans[0].resource.attributes, "service.name")).toEqual({ stringValue: "gw-under-test" });
    const spans = spansOf();
    const server = spans.find((span) => span.kind === 2)!;
    expect(server).toMatchObject({ traceId: TRACE_ID, spanId: GATEWAY_SPAN, parentSpanId: CALLER_SPAN, name: "GET /pets/{id}" });
    const start = BigInt(Date.parse("2025-01-01T00:00:30.000Z")) * 1_000_000n;
    expect([BigInt(server.startTimeUnixNano), BigInt(server.endTimeUnixNano)]).toEqual([start, start + 25_000_000n]);
    expect(attribute(server.attributes, "http.request.method")).toEqual({ stringValue: "GET" });
    expect(Number(attribute(server.attributes, "http.response.status_code")?.intValue)).toBe(200);
    expect(attribute(server.attributes, "http.route")).toEqual({ stringValue: "/pets/{id}" });
    expect(attribute(server.attributes, "portico.rest_api_id")).toEqual({ stringValue: "otelapi001" });
    expect(attribute(server.attributes, "portico.stage")).toEqual({ stringValue: "prod" });
    expect(attribute(server.attributes, "portico.request_id")).toEqual({ stringValue: "req-1" });
    expect(server.status.code ?? 0).toBe(0);
    const steps = spans.filter((span) => span.kind === 1);
    expect(steps.map((span) => span.name)).toEqual(["route", "integration"]);
    for (const step of steps) expect(step).toMatchObject({ traceId: TRACE_ID, parentSpanId: GATEWAY_SPAN });
    expect(new Set(spans.map((span) => span.spanId)).size).toBe(3);
    const integration = steps[1];
    expect(BigInt(integration.startTimeUnixNano) - start).toBe(2_000_000n);
    expect(BigInt(integration.endTimeUnixNano) - BigInt(integration.startTimeUnixNano)).toBe(20_000_000n);
  });

  it("marks a 5xx answer as an error and names the span by path when nothing matched", async () => {
    const traces = new OtlpTraceExport({ url: `${collectorUrl}/v1/traces`, serviceName: "gw" }, new MemoryLogger());
    traces.record(record({ status: 504, errorType: "INTEGRATION_TIMEOUT", errorMessage: "Endpoint request timed out", parentSpanId: undefined, timeline: [] }));
    traces.record(record({ status: 403, resourcePath: null, path: "/prod/nope", spanId: "1111111111111111", timeline: undefined }));
    await traces.shutdown();
    const [timedOut, unmatched] = spansOf();
    expect(timedOut.status).toMatchObject({ code: 2, message: "Endpoint request timed out" });
    expect(timedOut.parentSpanId ?? "").toBe("");
    expect(attribute(timedOut.attributes, "error.type")).toEqual({ stringValue: "INTEGRATION_TIMEOUT" });
    expect(unmatched.name).toBe("GET /prod/nope");
    expect(unmatched.status.code ?? 0).toBe(0);
  });

  it("is on only with an OTLP endpoint variable, and then posts to <endpoint>/v1/traces", async () => {
    expect(otlpSettingsFromEnv({})).toBeNull();
    expect(otlpSettingsFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" })).toEqual({ serviceName: "portico-gateway" });
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", collectorUrl);
    const settings = otlpSettingsFromEnv({ ...process.env, OTEL_SERVICE_NAME: "edge-gw" });
    expect(settings).toEqual({ serviceName: "edge-gw" });
    const traces = new OtlpTraceExport(settings!, new MemoryLogger());
    traces.record(record());
    await traces.shutdown();
    expect(received.map((r) => r.path)).toEqual(["/v1/traces"]);
    expect(attribute(received[0].body.resourceSpans[0].resource.attributes, "service.name")).toEqual({ stringValue: "edge-gw" });
  });

  it("logs a failing collector once and its recovery once, without throwing into the caller", async () => {
    const logger = new MemoryLogger();
    const traces = new OtlpTraceExport({ url: `${collectorUrl}/v1/traces`, serviceName: "gw" }, logger);
    refusing = true;
    traces.record(record());
    await traces.forceFlush();
    traces.record(record());
    await traces.forceFlush();
    refusing = false;
    traces.record(record({ requestId: "after" }));
    await traces.shutdown();
    expect(logger.lines.map((line) => [line.level, line.message])).toEqual([
      ["warn", "OTLP trace export failing; spans are dropped until the collector answers"],
      ["info", "OTLP trace export recovered"],
    ]);
    expect(spansOf().map((span) => attribute(span.attributes, "portico.request_id"))).toContainEqual({ stringValue: "after" });
  });

  it("gives up on a collector that never answers after the shutdown deadline", async () => {
    const traces = new OtlpTraceExport({ url: "http://127.0.0.1:1/v1/traces", serviceName: "gw", shutdownDeadlineMs: 200 }, new MemoryLogger());
    traces.record(record());
    const started = performance.now();
    await traces.shutdown();
    // Generous: the point is not waiting out the exporter's 10 s of retries, not how fast shutdown is.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
