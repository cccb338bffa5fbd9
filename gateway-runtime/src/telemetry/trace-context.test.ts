import { describe, expect, it } from "vitest";
import { traceContextFor, traceparentHeader, xrayHeader, xrayResponseHeader, xrayTraceId } from "./trace-context";

const ARRIVED = Date.UTC(2026, 10, 22, 0, 0, 0);

describe("trace context", () => {
  it("continues the caller's traceparent with a new gateway span, keeping its flags", () => {
    const trace = traceContextFor({ traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00" }, ARRIVED);
    expect(trace).toMatchObject({ traceId: "4bf92f3577b34da6a3ce929d0e0e4736", parentSpanId: "00f067aa0ba902b7", flags: 0 });
    expect(trace.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(trace.spanId).not.toBe("00f067aa0ba902b7");
    expect(traceparentHeader(trace)).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${trace.spanId}-00`);
    expect(xrayHeader(trace)).toBe(`Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=${trace.spanId};Sampled=0`);
  });

  it("reads an X-Amzn-Trace-Id Root as the 8+24 hex of one trace id when no traceparent came", () => {
    const trace = traceContextFor({ "x-amzn-trace-id": "Root=1-5759E988-BD862E3FE1BE46A994272793;Parent=53995c3f42cd8ad8;Sampled=1" }, ARRIVED);
    expect(trace).toMatchObject({ traceId: "5759e988bd862e3fe1be46a994272793", parentSpanId: "53995c3f42cd8ad8", flags: 1 });
    expect(xrayTraceId(trace)).toBe("Root=1-5759e988-bd862e3fe1be46a994272793");
    expect(xrayResponseHeader(trace)).toBe("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
  });

  it("prefers traceparent over X-Amzn-Trace-Id and samples by default", () => {
    const both = traceContextFor(
      { traceparent: "00-11111111111111111111111111111111-2222222222222222-01", "x-amzn-trace-id": "Root=1-33333333-333333333333333333333333" },
      ARRIVED,
    );
    expect(both.traceId).toBe("11111111111111111111111111111111");
    expect(traceContextFor({ "x-amzn-trace-id": "Root=1-33333333-333333333333333333333333" }, ARRIVED)).toMatchObject({ flags: 1, parentSpanId: null });
  });

  it.each([
    ["a malformed traceparent", { traceparent: "00-not-a-trace-01" }],
    ["an all-zero trace id", { traceparent: "00-00000000000000000000000000000000-2222222222222222-01" }],
    ["an X-Ray header without a valid Root", { "x-amzn-trace-id": "Root=2-1234;Sampled=1" }],
    ["no trace headers", {}],
  ])("starts a new trace for %s, its first 8 hex the arrival second (a valid X-Ray id)", (_, headers) => {
    const trace = traceContextFor(headers, ARRIVED);
    expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(trace.traceId.slice(0, 8)).toBe((ARRIVED / 1000).toString(16));
    expect(trace).toMatchObject({ parentSpanId: null, flags: 1 });
    expect(traceContextFor(headers, ARRIVED).traceId).not.toBe(trace.traceId);
  });
});
