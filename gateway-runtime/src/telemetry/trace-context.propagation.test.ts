import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { integrationMethod, response } from "../test-support/integrations";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";

const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";

let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  backend = await startBackend((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
  const api = snapshot("traceapi01", "d1", {
    "/proxied": { GET: proxyMethod(`${backend.origin}/proxied`) },
    "/mapped": { GET: integrationMethod({ type: "HTTP", httpMethod: "GET", uri: `${backend.origin}/mapped`, integrationResponses: { "200": response("200") } }) },
    "/mock": { GET: mockMethod("{}") },
  });
  gw = await startGateway(runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]));
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

async function recordOf(requestId: string) {
  await gw.gateway.telemetry.flush();
  await eventually(() => gw.sink.logs.some((log) => log.requestId === requestId));
  return gw.sink.logs.find((log) => log.requestId === requestId)!;
}

async function invoke(path: string, headers: Record<string, string> = {}) {
  const before = seen.length;
  const res = await call(gw.url("traceapi01", "prod", path), { headers });
  return { res, backendSaw: seen.length > before ? seen[seen.length - 1] : undefined, record: await recordOf(res.headers["x-amzn-requestid"] as string) };
}

describe("trace propagation to integrations", () => {
  it.each(["/proxied", "/mapped"])("continues the caller's traceparent to the backend of %s with the gateway's span as parent", async (path) => {
    const { res, backendSaw, record } = await invoke(path, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    expect(res.status).toBe(200);
    expect(record).toMatchObject({ traceId: CALLER_TRACE, parentSpanId: CALLER_SPAN });
    expect(record.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(backendSaw?.traceparent).toBe(`00-${CALLER_TRACE}-${record.spanId}-01`);
    expect(backendSaw?.["x-amzn-trace-id"]).toBe(`Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=${record.spanId};Sampled=1`);
  });

  it("maps a caller's X-Amzn-Trace-Id Root to the trace the backend receives in both formats", async () => {
    const { backendSaw, record } = await invoke("/proxied", { "x-amzn-trace-id": "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0" });
    expect(record.traceId).toBe("5759e988bd862e3fe1be46a994272793");
    expect(backendSaw?.traceparent).toBe(`00-5759e988bd862e3fe1be46a994272793-${record.spanId}-00`);
    expect(backendSaw?.["x-amzn-trace-id"]).toBe(`Root=1-5759e988-bd862e3fe1be46a994272793;Parent=${record.spanId};Sampled=0`);
  });

  it("starts a new trace when the caller sent none, and every request gets its own", async () => {
    const first = await invoke("/mapped");
    const second = await invoke("/mapped");
    expect(first.record.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(first.record.parentSpanId).toBeUndefined();
    expect(Math.abs(parseInt(first.record.traceId!.slice(0, 8), 16) - Date.now() / 1000)).toBeLessThan(60);
    expect(first.backendSaw?.traceparent).toBe(`00-${first.record.traceId}-${first.record.spanId}-01`);
    expect(second.record.traceId).not.toBe(first.record.traceId);
  });

  it("answers with X-Amzn-Trace-Id for an HTTP integration but not for HTTP_PROXY or MOCK (AWS-BEHAVIOUR 2.2)", async () => {
    const mapped = await invoke("/mapped", { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    expect(mapped.res.headers["x-amzn-trace-id"]).toBe("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Sampled=1");
    expect((await invoke("/proxied")).res.headers["x-amzn-trace-id"]).toBeUndefined();
    const mock = await invoke("/mock");
    expect(mock.res.headers["x-amzn-trace-id"]).toBeUndefined();
    // A MOCK has no backend to propagate to, but its request is still traced.
    expect(mock.record.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
