import { afterEach, describe, expect, it } from "vitest";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, eventually, startGateway } from "../test-support/servers";

const api = snapshot("logsapi001", "dep1", {
  "/ok": { GET: mockMethod("fine") },
  "/teapot": { GET: mockMethod("no", { status: 418 }) },
  "/broken": { GET: proxyMethod("http://127.0.0.1:1/unreachable") },
});
const config = runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]);

let gw: Awaited<ReturnType<typeof startGateway>> | null = null;
afterEach(async () => {
  await gw?.close();
  gw = null;
});

describe("request logs", () => {
  it("writes exactly one record per request, without secrets", async () => {
    gw = await startGateway(config);
    const secretAuth = "Bearer super-secret-token-123";
    const secretKey = "apikey-value-456";
    const ids: string[] = [];
    for (const path of ["/ok", "/teapot", "/missing", "/ok?api_key=query-secret-789"]) {
      const res = await call(gw.url("logsapi001", "prod", path), {
        headers: { authorization: secretAuth, "x-api-key": secretKey, "user-agent": "tests/1.0" },
      });
      ids.push(res.headers["x-amzn-requestid"] as string);
    }
    const unknown = await call(`${gw.origin}/restapis/other/prod/_user_request_/x`);
    ids.push(unknown.headers["x-amzn-requestid"] as string);

    await gw.gateway.telemetry.flush();
    expect(await eventually(() => gw!.sink.logs.length >= 5)).toBe(true);
    const logs = gw.sink.logs;
    expect(logs.map((log) => log.requestId).sort()).toEqual([...ids].sort());
    const serialized = JSON.stringify(gw.sink.batches);
    expect(serialized).not.toContain("super-secret-token-123");
    expect(serialized).not.toContain(secretKey);
    expect(serialized).not.toContain("query-secret-789");

    const ok = logs.find((log) => log.requestId === ids[0])!;
    expect(ok).toMatchObject({
      restApiId: "logsapi001",
      stageName: "prod",
      httpMethod: "GET",
      resourcePath: "/ok",
      path: "/prod/ok",
      status: 200,
      integrationLatencyMs: null,
      sourceIp: "127.0.0.1",
      userAgent: "tests/1.0",
      protocol: "HTTP/1.1",
      responseLength: 4,
      errorType: null,
    });
    expect(ok.extendedRequestId).toHaveLength(16);
    expect(Date.parse(ok.time)).toBeGreaterThan(Date.now() - 60_000);
    const missing = logs.find((log) => log.requestId === ids[2])!;
    expect(missing).toMatchObject({ status: 403, resourcePath: null, errorType: "MISSING_AUTHENTICATION_TOKEN" });
  });

  it("aggregates per-minute metric deltas per stage, resource and method", async () => {
    gw = await startGateway(config);
    for (let i = 0; i < 3; i++) await call(gw.url("logsapi001", "prod", "/ok"));
    await call(gw.url("logsapi001", "prod", "/teapot"));
    await call(gw.url("logsapi001", "prod", "/broken"));
    await call(gw.url("logsapi001", "prod", "/nothing"));
    await gw.gateway.telemetry.flush();
    expect(await eventually(() => gw!.sink.metrics.length > 0)).toBe(true);
    const metrics = gw.sink.metrics;
    const byResource = (path: string) => metrics.filter((m) => m.resourcePath === path).reduce((sum, m) => sum + m.count, 0);
    expect(byResource("/ok")).toBe(3);
    const ok = metrics.find((m) => m.resourcePath === "/ok")!;
    expect(ok).toMatchObject({ restApiId: "logsapi001", stageName: "prod", httpMethod: "GET", error4xx: 0, error5xx: 0 });
    expect(ok.minute).toMatch(/:00\.000Z$/);
    expect(ok.latencyHistogram.reduce((a, b) => a + b, 0)).toBe(3);
    expect(metrics.find((m) => m.resourcePath === "/teapot")).toMatchObject({ count: 1, error4xx: 1, error5xx: 0 });
    expect(metrics.find((m) => m.resourcePath === "/broken")).toMatchObject({ count: 1, error5xx: 1, integrationCount: 1 });
    // Requests that reached the stage but no resource still count for the stage.
    expect(metrics.find((m) => m.resourcePath === "")).toMatchObject({ count: 1, error4xx: 1 });
  });

  it("keeps answering while the sink is down, bounds the buffer and reports what it dropped", async () => {
    gw = await startGateway(config, { maxBufferedLogs: 50, logBatchSize: 20, flushIntervalMs: 50 });
    gw.sink.setAvailable(false);
    for (let i = 0; i < 80; i++) {
      const res = await call(gw.url("logsapi001", "prod", "/ok"));
      expect(res.status).toBe(200);
    }
    expect(gw.sink.attempts).toBeGreaterThan(0);
    expect(gw.gateway.telemetry.buffered).toBe(50);
    expect(gw.sink.batches).toHaveLength(0);

    gw.sink.setAvailable(true);
    const delivered = await eventually(() => gw!.sink.logs.length === 50, 5_000);
    expect(delivered).toBe(true);
    const dropped = gw.sink.batches.reduce((sum, batch) => sum + batch.droppedLogs, 0);
    expect(dropped).toBe(30);
    const counted = gw.sink.metrics.reduce((sum, m) => sum + m.count, 0);
    expect(counted).toBe(80);
  });
});
