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
    // Six requests reached the stage; the timer may have shipped them over several batches.
    const total = () => gw!.sink.metrics.reduce((sum, m) => sum + m.count, 0);
    expect(await eventually(() => total() === 6)).toBe(true);
    const metrics = gw.sink.metrics;
    // Deltas for one key may arrive split over batches; the control plane sums them, and so does this check.
    const summed = (path: string) => {
      const parts = metrics.filter((m) => m.resourcePath === path);
      return {
        count: parts.reduce((sum, m) => sum + m.count, 0),
        error4xx: parts.reduce((sum, m) => sum + m.error4xx, 0),
        error5xx: parts.reduce((sum, m) => sum + m.error5xx, 0),
        integrationCount: parts.reduce((sum, m) => sum + m.integrationCount, 0),
        histogramTotal: parts.reduce((sum, m) => sum + m.latencyHistogram.reduce((a, b) => a + b, 0), 0),
      };
    };
    expect(summed("/ok")).toEqual({ count: 3, error4xx: 0, error5xx: 0, integrationCount: 0, histogramTotal: 3 });
    const ok = metrics.find((m) => m.resourcePath === "/ok")!;
    expect(ok).toMatchObject({ restApiId: "logsapi001", stageName: "prod", httpMethod: "GET" });
    expect(ok.minute).toMatch(/:00\.000Z$/);
    expect(summed("/teapot")).toMatchObject({ count: 1, error4xx: 1, error5xx: 0 });
    expect(summed("/broken")).toMatchObject({ count: 1, error5xx: 1, integrationCount: 1 });
    // Requests that reached the stage but no resource still count for the stage.
    expect(summed("")).toMatchObject({ count: 1, error4xx: 1 });
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
