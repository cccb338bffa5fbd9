import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import { Redis } from "ioredis";
import { createAccessPlugin, type AccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { createAdminServer } from "../admin/admin-server";
import { adminRoutes } from "../admin/admin-routes";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, throttleSettings, withAccess, withStageSettings } from "../test-support/access-config";
import { startTcpProxy } from "../test-support/tcp-proxy";
import { deleteKeys, listKeys } from "../test-support/redis-keys";

const api = snapshot("degrapi001", "d1", { "/t": { GET: mockMethod("t") }, "/q": { GET: keyRequired(mockMethod("q")) } });
const config = withStageSettings(
  withAccess(
    runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]),
    [apiKey("kdeg", "degraded-key-value-000000")],
    [{ id: "pdeg", quota: { limit: 3, offset: 0, period: "DAY" }, apiStages: [{ apiId: "degrapi001", stage: "prod" }], keyIds: ["kdeg"] }],
  ),
  "degrapi001",
  "prod",
  throttleSettings({ "/t GET": { rateLimit: 0, burstLimit: 3 } }),
);
const KEY = { "x-api-key": "degraded-key-value-000000" };

const statuses = async (url: string, times: number, headers: Record<string, string> = {}) => {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push((await call(url, { headers })).status);
  return out;
};
const warnings = (logger: MemoryLogger) => logger.lines.filter((line) => line.level === "warn" && line.message.startsWith("Redis unreachable"));
const recoveries = (logger: MemoryLogger) => logger.lines.filter((line) => line.message.startsWith("Redis reachable again"));

describe("Redis unreachable: local limits, one warning, /healthz degraded", () => {
  const logger = new MemoryLogger();
  let plugin: AccessPlugin;
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let admin: ReturnType<typeof createAdminServer>;
  let adminPort = 0;
  beforeAll(async () => {
    const closed = await startBackend(() => {});
    await closed.close();
    plugin = createAccessPlugin({ logger, redisUrl: `redis://127.0.0.1:${closed.port}`, accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 } });
    gw = await startGateway(config, { plugins: [plugin] });
    admin = createAdminServer({
      token: "t",
      logger,
      routes: adminRoutes({ host: null, ready: () => true, testInvoke: { lambda: null, awsService: { credentials: null, endpointOverrides: {} }, accountId: "000000000000" }, plugins: [plugin] }),
    });
    adminPort = (await admin.listen(0, "127.0.0.1")).port;
  });
  afterAll(async () => {
    await Promise.all([gw.close(), admin.close()]);
  });

  it("keeps serving, throttling and counting quotas in this process", async () => {
    expect(await eventually(() => warnings(logger).length === 1)).toBe(true);
    expect(await statuses(gw.url("degrapi001", "prod", "/t"), 4)).toEqual([200, 200, 200, 429]);
    expect(await statuses(gw.url("degrapi001", "prod", "/q"), 4, KEY)).toEqual([200, 200, 200, 429]);
  });

  it("logs the degradation once however many reconnects fail, and says so in health and /healthz", async () => {
    // ioredis retries every 200 ms, then more slowly: a second is several failed attempts.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(warnings(logger)).toHaveLength(1);
    expect(warnings(logger)[0].fields?.reason).toMatch(/ECONNREFUSED/);
    const health = plugin.health();
    expect(health).toMatchObject({ name: "limits", ok: false });
    expect(health.detail).toMatch(/Redis unreachable .*local to this process/);
    const res = await request(`http://127.0.0.1:${adminPort}/healthz`);
    expect(res.statusCode).toBe(200);
    const body = (await res.body.json()) as { status: string; checks: { name: string; ok: boolean }[] };
    expect(body.status).toBe("degraded");
    expect(body.checks).toContainEqual(expect.objectContaining({ name: "limits", ok: false }));
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("Redis lost and back (TEST_REDIS_URL through a TCP proxy)", () => {
  const logger = new MemoryLogger();
  const prefix = `portico:limits:test-${randomUUID()}:`;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let plugin: AccessPlugin;
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let client: Redis;
  beforeAll(async () => {
    const target = new URL(redisUrl!);
    client = new Redis(redisUrl!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    // 300 ms rather than 50: on a loaded machine a healthy Redis must not look slow; the stall below exceeds any timeout.
    plugin = createAccessPlugin({ logger, redisUrl: proxy.url, redisKeyPrefix: prefix, redisTimeoutMs: 300, accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 } });
    gw = await startGateway(config, { plugins: [plugin] });
    expect(await eventually(() => plugin.health().ok, 5_000)).toBe(true);
  });
  afterAll(async () => {
    await gw.close();
    await proxy.stop();
    await deleteKeys(client, prefix);
    await client.quit();
  });

  it("goes local when the connection is cut and shared again once Redis answers", async () => {
    const url = gw.url("degrapi001", "prod", "/q");
    expect(await statuses(url, 1, KEY)).toEqual([200]);
    expect((await listKeys(client, prefix)).some((key) => key.includes(":q:pdeg:kdeg:"))).toBe(true);

    await proxy.stop();
    expect(await eventually(() => !plugin.health().ok, 5_000)).toBe(true);
    expect(await statuses(url, 1, KEY)).toEqual([200]);
    expect(warnings(logger)).toHaveLength(1);

    await proxy.start();
    expect(await eventually(() => plugin.health().ok, 10_000)).toBe(true);
    expect(recoveries(logger)).toHaveLength(1);
    // Shared again: Redis counted 1 before the outage, so 2 more fit in the quota of 3.
    expect(await statuses(url, 3, KEY)).toEqual([200, 200, 429]);
  });

  it("goes local when Redis answers slower than the timeout, and back once it answers in time", async () => {
    expect(plugin.health().ok).toBe(true);
    proxy.stall();
    const started = performance.now();
    // The first request waits out the timeout, then is decided locally like the ones after it.
    expect(await statuses(gw.url("degrapi001", "prod", "/t"), 2)).toEqual([200, 200]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(plugin.health()).toMatchObject({ ok: false });
    expect(warnings(logger)).toHaveLength(2);
    expect(warnings(logger)[1].fields?.reason).toMatch(/timed out/i);
    proxy.resume();
    expect(await eventually(() => plugin.health().ok, 5_000)).toBe(true);
    expect(recoveries(logger)).toHaveLength(2);
  });
});
