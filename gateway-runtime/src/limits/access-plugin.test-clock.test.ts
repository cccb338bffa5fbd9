import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "undici";
import { createAccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { createAdminServer } from "../admin/admin-server";
import { adminRoutes } from "../admin/admin-routes";
import { call, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, withAccess } from "../test-support/access-config";

const TOKEN = "clock-test-token";
const api = snapshot("clockapi01", "d1", { "/q": { GET: keyRequired(mockMethod("q")) } });
const config = withAccess(
  runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]),
  [apiKey("kclock", "clock-key-value-000000000")],
  [{ id: "pclock", quota: { limit: 2, offset: 0, period: "DAY" }, apiStages: [{ apiId: "clockapi01", stage: "prod" }], keyIds: ["kclock"] }],
);

async function startRuntime(testClock: boolean) {
  const plugin = createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 }, testClock });
  const gw = await startGateway(config, { plugins: [plugin] });
  const admin = createAdminServer({
    token: TOKEN,
    logger: new MemoryLogger(),
    routes: adminRoutes({ host: null, ready: () => true, testInvoke: { lambda: null, awsService: { credentials: null, endpointOverrides: {} }, accountId: "000000000000" }, plugins: [plugin] }),
  });
  const { port } = await admin.listen(0, "127.0.0.1");
  const moveClock = async (body: unknown, token = TOKEN) => {
    const res = await request(`http://127.0.0.1:${port}/internal/test/clock`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.statusCode, json: (await res.body.json()) as { nowMs?: number; message?: string } };
  };
  const statuses = async (times: number) => {
    const out: number[] = [];
    for (let i = 0; i < times; i++) out.push((await call(gw.url("clockapi01", "prod", "/q"), { headers: { "x-api-key": "clock-key-value-000000000" } })).status);
    return out;
  };
  return { gw, moveClock, statuses, close: async () => Promise.all([gw.close(), admin.close()]) };
}

describe("the test clock's admin route (PORTICO_TEST_CLOCK)", () => {
  let withClock: Awaited<ReturnType<typeof startRuntime>>;
  let without: Awaited<ReturnType<typeof startRuntime>>;
  beforeAll(async () => {
    [withClock, without] = await Promise.all([startRuntime(true), startRuntime(false)]);
  });
  afterAll(async () => {
    await Promise.all([withClock.close(), without.close()]);
  });

  it("moves the quota period: a used-up quota is back once the clock crosses the day's edge", async () => {
    const start = await withClock.moveClock({ nowMs: Date.UTC(2030, 0, 1, 23, 59, 0) });
    expect(start.status).toBe(200);
    expect(start.json.nowMs).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 1, 23, 59, 0));
    expect(await withClock.statuses(3)).toEqual([200, 200, 429]);
    const moved = await withClock.moveClock({ advanceMs: 60_000 });
    expect(moved.json.nowMs).toBeGreaterThanOrEqual(Date.UTC(2030, 0, 2));
    expect(await withClock.statuses(3)).toEqual([200, 200, 429]);
  });

  it("refuses a malformed move and a caller without the admin token", async () => {
    expect((await withClock.moveClock({ advanceMs: "soon" })).status).toBe(400);
    expect((await withClock.moveClock({ advanceMs: 1, nowMs: 2 })).status).toBe(400);
    expect((await withClock.moveClock({ advanceMs: 1 }, "wrong")).status).toBe(401);
  });

  it("does not exist unless the runtime was started with the test clock", async () => {
    expect((await without.moveClock({ advanceMs: 86_400_000 })).status).toBe(404);
  });
});
