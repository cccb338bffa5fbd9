/**
 * Canary and the stage cache (AWS's canarySettings.useStageCache). First the stage and its canary copy compiled
 * the way compile-config does it and served side by side under two stage names (each request picks its side);
 * then through the gateway's own canary split at 0% and 100%.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { RuntimeStage } from "../../../../lib/domain/runtime-contract";
import type { StageSettings } from "../../../../lib/domain/stage-settings";
import { UpstreamPools } from "../../integrations/upstream-pools";
import { createRequestHandler } from "../../pipeline/handle-request";
import { MemoryLogSink } from "../../ports/log-sink";
import { MemoryLogger } from "../../ports/logger";
import { compileStage } from "../../snapshot/compile-stage";
import { ActiveConfig } from "../../snapshot/config-watcher";
import { Telemetry } from "../../telemetry/telemetry";
import { proxyMethod, runtimeConfig, snapshot } from "../../test-support/snapshots";
import { call, eventually, startGateway } from "../../test-support/servers";
import { cachedStageSettings, startCountingBackend, withStageSettings } from "../../test-support/cache";
import { createCachePlugin } from "./cache-plugin";

const API = "cachecan001";
let backend: Awaited<ReturnType<typeof startCountingBackend>>;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});
afterAll(async () => {
  await backend?.close();
});

/** Serves the stage as "prod" and its canary copy as "prodcanary" (both keep the stage's identity, "prod"). */
async function serveStageAndCanary(useStageCache: boolean) {
  backend ??= await startCountingBackend();
  const production = snapshot(API, "dep-prod", { "/items": { GET: proxyMethod(`${backend.origin}/items`) } });
  const canaryDeployment = snapshot(API, "dep-canary", { "/items": { GET: proxyMethod(`${backend.origin}/items?from=canary`) } });
  const settings: StageSettings = cachedStageSettings(
    {},
    { canarySettings: { percentTraffic: 50, deploymentId: "dep-canary", stageVariableOverrides: {}, useStageCache } },
  );
  const stage: RuntimeStage = { restApiId: API, stageName: "prod", deploymentId: "dep-prod", variables: {}, updatedAt: "2025-01-01T00:00:00.000Z", settings };
  const plugin = createCachePlugin({ logger: new MemoryLogger() });
  const pools = new UpstreamPools();
  const context = { pools, maxBodyBytes: 10 * 1024 * 1024, warn: () => undefined, plugins: [plugin] };
  const config = { stages: [stage], snapshots: { "dep-prod": production, "dep-canary": canaryDeployment }, version: "v1" };
  plugin.prepare?.(config);
  const active = new ActiveConfig();
  active.current = {
    version: "v1",
    apis: new Map([
      [
        API,
        new Map([
          ["prod", compileStage(stage, production, context)],
          ["prodcanary", compileStage({ ...stage, deploymentId: "dep-canary" }, canaryDeployment, { ...context, canary: true })],
        ]),
      ],
    ]),
  };
  const logger = new MemoryLogger();
  const telemetry = new Telemetry({ sink: new MemoryLogSink(), runtimeId: "canary-test", logger });
  const server: Server = createServer(createRequestHandler({ active, telemetry, logger, maxBodyBytes: 10 * 1024 * 1024 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all([pools.close(), plugin.close?.()]);
  });
  return async (stageName: string) => {
    const before = backend.calls;
    const answer = await call(`http://127.0.0.1:${port}/restapis/${API}/${stageName}/_user_request_/items`);
    return { ...answer, backendCalls: backend.calls - before };
  };
}

describe("canary and the stage cache", () => {
  it("useStageCache: the canary reads and fills the stage's entries", async () => {
    const request = await serveStageAndCanary(true);
    const fromStage = await request("prod");
    const canaryHit = await request("prodcanary");
    expect(fromStage.backendCalls).toBe(1);
    expect(canaryHit.backendCalls).toBe(0);
    expect(canaryHit.body).toBe(fromStage.body);
  });

  it("useStageCache: an entry the canary stored answers the stage", async () => {
    const request = await serveStageAndCanary(true);
    const fromCanary = await request("prodcanary");
    const stageHit = await request("prod");
    expect(JSON.parse(fromCanary.body).url).toBe("/items?from=canary");
    expect(stageHit.backendCalls).toBe(0);
    expect(stageHit.body).toBe(fromCanary.body);
  });

  it("without useStageCache the canary is not cached at all and leaves the stage's cache alone", async () => {
    const request = await serveStageAndCanary(false);
    const canary = [await request("prodcanary"), await request("prodcanary")];
    expect(canary.map((answer) => answer.backendCalls)).toEqual([1, 1]);
    const stage = [await request("prod"), await request("prod")];
    expect(stage.map((answer) => answer.backendCalls)).toEqual([1, 0]);
    expect(JSON.parse(stage[1].body).url).toBe("/items");
    const canaryAgain = await request("prodcanary");
    expect(canaryAgain.backendCalls).toBe(1);
    expect(JSON.parse(canaryAgain.body).url).toBe("/items?from=canary");
  });
});

describe("canary and the stage cache through the gateway's canary split", () => {
  function config(version: string, percentTraffic: number, useStageCache: boolean) {
    const production = snapshot(API, "dep-prod", { "/items": { GET: proxyMethod(`${backend.origin}/items`) } });
    const canaryDeployment = snapshot(API, "dep-canary", { "/items": { GET: proxyMethod(`${backend.origin}/items?from=canary`) } });
    const settings = cachedStageSettings({}, { canarySettings: { percentTraffic, deploymentId: "dep-canary", stageVariableOverrides: {}, useStageCache } });
    const built = withStageSettings(runtimeConfig(version, [{ stageName: "prod", snapshot: production }]), { prod: settings });
    return { ...built, snapshots: { ...built.snapshots, "dep-canary": canaryDeployment } };
  }

  async function scenario(useStageCache: boolean) {
    backend ??= await startCountingBackend();
    const gw = await startGateway(config("v1", 0, useStageCache), { plugins: [createCachePlugin({ logger: new MemoryLogger() })] });
    cleanups.push(() => gw.close());
    const request = async () => {
      const before = backend.calls;
      const answer = await call(gw.url(API, "prod", "/items"));
      return { ...answer, backendCalls: backend.calls - before };
    };
    // 0%: the stage answers and stores; then 100%: every request runs on the canary.
    const fromStage = await request();
    gw.source.set(config("v2", 100, useStageCache));
    await gw.gateway.reload();
    return { fromStage, canary: [await request(), await request()], gw };
  }

  it("useStageCache: the canary's requests are hits on the stage's entries", async () => {
    const { fromStage, canary, gw } = await scenario(true);
    expect(fromStage.backendCalls).toBe(1);
    expect(canary.map((answer) => answer.backendCalls)).toEqual([0, 0]);
    expect(canary[0].body).toBe(fromStage.body);
    await eventually(() => gw.sink.batches.some((batch) => batch.logs.some((log) => log.canary === true)), 5_000);
    const canaryLogs = gw.sink.batches.flatMap((batch) => batch.logs).filter((log) => log.canary === true);
    expect(canaryLogs.every((log) => log.cacheStatus === "hit")).toBe(true);
  });

  it("without useStageCache every canary request goes to the canary's integration", async () => {
    const { canary } = await scenario(false);
    expect(canary.map((answer) => answer.backendCalls)).toEqual([1, 1]);
    expect(JSON.parse(canary[1].body).url).toBe("/items?from=canary");
  });
});
