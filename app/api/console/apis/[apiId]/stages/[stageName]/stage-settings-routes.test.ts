/**
 * The stage-settings and canary console routes on a migrated database, called as Next.js calls them (request +
 * params); only the session is faked. Telemetry for the metrics split comes from a real gateway runtime.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call as callGateway, startGateway } from "@/gateway-runtime/src/test-support/servers";
import { DEFAULT_METHOD_SETTING } from "@/lib/domain/stage-settings";
import { putMethod } from "@/lib/services/methods/put-method";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putIntegrationResponse } from "@/lib/services/integrations/put-integration-response";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { ingestTelemetry } from "@/lib/services/runtime/ingest-telemetry";
import { getRuntimeConfig } from "@/lib/services/runtime/get-runtime-config";
import { listStageHistory } from "@/lib/services/stages/list-stage-history";
import { useTestDatabase } from "@/lib/services/testing/test-database";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const stage = await import("./route");
const methodSettings = await import("./method-settings/route");
const cache = await import("./cache/route");
const canary = await import("./canary/route");
const promotion = await import("./canary/promotion/route");
const metrics = await import("../../../../metrics/route");
const deployments = await import("../../deployments/route");

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
type Json = Record<string, unknown> & { settings?: Record<string, unknown>; error?: { code: string; message: string } };

async function send<P>(handler: Handler<P>, params: P, method: string, body?: unknown, query = ""): Promise<{ status: number; json: Json }> {
  const request = new NextRequest(`http://console.test/api/console/x${query}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Json) : {} };
}

function routesSuite(kind: "sqlite" | "postgres") {
  let cleanup: (() => Promise<void>) | undefined;
  let apiId = "";
  let dep1 = "";
  const params = () => ({ apiId, stageName: "prod" });

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase(kind));
    const api = await createRestApi({ name: "console stages" });
    apiId = api.id;
    await putMethod(apiId, api.rootResourceId, "GET", { authorizationType: "NONE" });
    await putIntegration(apiId, api.rootResourceId, "GET", {
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    await putIntegrationResponse(apiId, api.rootResourceId, "GET", "200", { responseTemplates: { "application/json": "ok" } });
    const first = await send(deployments.POST, { apiId }, "POST", { stageName: "prod", variables: { color: "blue", size: "m" } });
    dep1 = String(first.json.id);
  }, 60_000);
  afterAll(() => cleanup?.());

  it("returns the stage with its settings and edits method settings, inheriting from */*", async () => {
    const got = await send(stage.GET, params(), "GET");
    expect(got.json).toMatchObject({ cacheClusterStatus: "NOT_AVAILABLE", settings: { methodSettings: {}, cacheClusterEnabled: false, tracingEnabled: false } });

    const all = await send(methodSettings.PUT, params(), "PUT", { key: "*/*", setting: { throttlingRateLimit: 20, cachingEnabled: true } });
    expect(all.status).toBe(200);
    expect(all.json.settings?.methodSettings).toEqual({ "*/*": { ...DEFAULT_METHOD_SETTING, throttlingRateLimit: 20, cachingEnabled: true } });
    const own = await send(methodSettings.PUT, params(), "PUT", { key: "~1/GET", setting: { cacheTtlInSeconds: 30 } });
    expect((own.json.settings?.methodSettings as Record<string, unknown>)["~1/GET"]).toEqual({
      ...DEFAULT_METHOD_SETTING,
      throttlingRateLimit: 20,
      cachingEnabled: true,
      cacheTtlInSeconds: 30,
    });
    const removed = await send(methodSettings.PUT, params(), "PUT", { key: "~1/GET", setting: null });
    expect(Object.keys(removed.json.settings?.methodSettings as object)).toEqual(["*/*"]);

    const badKey = await send(methodSettings.PUT, params(), "PUT", { key: "/pets/GET", setting: {} });
    expect(badKey.status).toBe(400);
    const badTtl = await send(methodSettings.PUT, params(), "PUT", { key: "*/*", setting: { cacheTtlInSeconds: 4000 } });
    expect([badTtl.status, badTtl.json.error?.message]).toEqual([400, expect.stringContaining("between 0 and 3600")]);
  });

  it("turns the cache cluster on with a size and flushes it with a new generation", async () => {
    const on = await send(cache.PUT, params(), "PUT", { cacheClusterEnabled: true, cacheClusterSize: "13.5" });
    expect(on.json).toMatchObject({ cacheClusterStatus: "AVAILABLE", settings: { cacheClusterEnabled: true, cacheClusterSize: "13.5" } });
    const generation = Number(on.json.settings?.cacheGeneration);
    expect((await send(cache.DELETE, params(), "DELETE")).status).toBe(204);
    expect((await send(stage.GET, params(), "GET")).json.settings?.cacheGeneration).toBe(generation + 1);
    expect((await send(cache.PUT, params(), "PUT", { cacheClusterEnabled: true, cacheClusterSize: "3" })).status).toBe(400);
    expect((await send(cache.DELETE, { apiId, stageName: "nope" }, "DELETE")).status).toBe(404);
  });

  it("deploys to the canary, previews and promotes it: overrides merged, history kept, canary removed", async () => {
    const deployed = await send(deployments.POST, { apiId }, "POST", {
      stageName: "prod",
      description: "v2",
      canary: { percentTraffic: 50, stageVariableOverrides: { color: "green" } },
    });
    expect(deployed.status).toBe(200);
    const dep2 = String(deployed.json.id);
    const withCanary = (await send(stage.GET, params(), "GET")).json;
    expect(withCanary.deploymentId).toBe(dep1);
    expect(withCanary.settings?.canarySettings).toEqual({ deploymentId: dep2, percentTraffic: 50, stageVariableOverrides: { color: "green" }, useStageCache: false });

    // Half of the traffic on a real runtime, its telemetry stored, then the metrics split by canary.
    const gw = await startGateway(await getRuntimeConfig(), { flushIntervalMs: 60_000 });
    try {
      for (let i = 0; i < 200; i++) expect((await callGateway(gw.url(apiId, "prod", "/"))).status).toBe(200);
      await gw.gateway.telemetry.flush();
      for (const batch of gw.sink.batches) await ingestTelemetry({ ...batch, runtimeId: "test" });
      const canaryLogs = gw.sink.logs.filter((log) => log.canary === true).length;
      expect(canaryLogs).toBeGreaterThan(50);
      expect(canaryLogs).toBeLessThan(150);
      const stageMetrics = (filter: string) => send(metrics.GET, {}, "GET", undefined, `?apiId=${apiId}&stage=prod&range=15m${filter}`);
      const onlyCanary = await stageMetrics("&canary=true");
      const onlyStage = await stageMetrics("&canary=false");
      const both = await stageMetrics("");
      expect((onlyCanary.json.totals as { count: number }).count).toBe(canaryLogs);
      expect((onlyStage.json.totals as { count: number }).count).toBe(200 - canaryLogs);
      expect((both.json.totals as { count: number }).count).toBe(200);
      expect((await stageMetrics("&canary=maybe")).status).toBe(400);
    } finally {
      await gw.close();
    }

    const changed = await send(canary.PUT, params(), "PUT", { deploymentId: dep2, percentTraffic: 12.5, stageVariableOverrides: { color: "green", size: "l" } });
    expect(changed.json.settings?.canarySettings).toMatchObject({ percentTraffic: 12.5, stageVariableOverrides: { color: "green", size: "l" } });
    expect((await send(canary.PUT, params(), "PUT", { percentTraffic: 120 })).status).toBe(400);
    expect((await send(canary.PUT, params(), "PUT", { deploymentId: "nosuchdep", percentTraffic: 5 })).status).toBe(404);

    const preview = await send(promotion.GET, params(), "GET");
    expect(preview.json).toEqual({
      stageName: "prod",
      fromDeploymentId: dep1,
      toDeploymentId: dep2,
      variablesBefore: { color: "blue", size: "m" },
      variablesAfter: { color: "green", size: "l" },
      percentTraffic: 12.5,
    });
    const promoted = await send(promotion.POST, params(), "POST");
    expect(promoted.json).toMatchObject({ deploymentId: dep2, variables: { color: "green", size: "l" } });
    expect(promoted.json.settings?.canarySettings).toBeUndefined();
    expect((await listStageHistory(apiId, "prod"))[0]).toMatchObject({ deploymentId: dep2, changedBy: "admin@example.com" });
    const nothing = await send(promotion.GET, params(), "GET");
    expect([nothing.status, nothing.json.error]).toEqual([400, { code: "BadRequestException", message: "The stage has no canary to promote." }]);
  });

  it("creates a canary on the stage's own deployment by default and removes it", async () => {
    const created = await send(canary.PUT, params(), "PUT", { percentTraffic: 5 });
    expect(created.json.settings?.canarySettings).toMatchObject({ deploymentId: created.json.deploymentId, percentTraffic: 5, stageVariableOverrides: {} });
    const removed = await send(canary.DELETE, params(), "DELETE");
    expect(removed.status).toBe(200);
    expect(removed.json.settings?.canarySettings).toBeUndefined();
    const noStage = await send(deployments.POST, { apiId }, "POST", { stageName: "missing", canary: { percentTraffic: 5 } });
    expect(noStage.status).toBe(404);
  });
}

describe("stage settings console routes (SQLite)", () => routesSuite("sqlite"));

describe.skipIf(!process.env.TEST_DATABASE_URL)("stage settings console routes (PostgreSQL)", () => routesSuite("postgres"));
