/**
 * AWS's canary release on a real gateway: the split over many requests, 0% and 100%, the canary's deployment and
 * variable overrides (templates and stage-variable URIs), $context for canary requests, and telemetry by canary.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import type { DeploymentSnapshot } from "../../../lib/domain/snapshot";
import { DEFAULT_STAGE_SETTINGS, type StageSettings } from "../../../lib/domain/stage-settings";
import { mockMethod, proxyMethod, snapshot } from "../test-support/snapshots";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";

const API = "canaryapi1";
const TEMPLATE = `{"dep":"$context.deploymentId","stage":"$context.stage","canary":$context.isCanaryRequest,"color":"$stageVariables.color"}`;
const routes = (label: string) => ({
  "/who": { GET: mockMethod(TEMPLATE.replace("{", `{"build":"${label}",`)) },
  "/backend": { GET: proxyMethod("http://127.0.0.1:${stageVariables.port}/b") },
});
const main = snapshot(API, "depmain01", routes("main"));
const next = snapshot(API, "depnext01", routes("next"));

interface Who {
  build: string;
  dep: string;
  stage: string;
  canary: boolean;
  color: string;
}

let backendA: Awaited<ReturnType<typeof startBackend>>;
let backendB: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>> | null = null;
let version = 0;

beforeAll(async () => {
  backendA = await startBackend((_req, res) => res.end("A"));
  backendB = await startBackend((_req, res) => res.end("B"));
});
afterAll(async () => {
  await backendA?.close();
  await backendB?.close();
});
afterEach(async () => {
  await gw?.close();
  gw = null;
});

function config(percentTraffic: number | null, snapshots: DeploymentSnapshot[] = [main, next]): RuntimeConfig {
  const settings: StageSettings = {
    ...DEFAULT_STAGE_SETTINGS,
    ...(percentTraffic !== null
      ? { canarySettings: { percentTraffic, deploymentId: next.deploymentId, stageVariableOverrides: { color: "green", port: String(backendB.port) }, useStageCache: false } }
      : {}),
  };
  return {
    version: `v${++version}`,
    stages: [
      {
        restApiId: API,
        stageName: "prod",
        deploymentId: main.deploymentId,
        variables: { color: "blue", port: String(backendA.port), shared: "kept" },
        updatedAt: "2025-01-01T00:00:00.000Z",
        settings,
      },
    ],
    snapshots: Object.fromEntries(snapshots.map((s) => [s.deploymentId, s])),
  };
}

/** `count` requests, `concurrency` at a time. */
async function many(path: string, count: number, concurrency = 16): Promise<string[]> {
  const bodies: string[] = [];
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      const res = await call(gw!.url(API, "prod", path));
      expect(res.status).toBe(200);
      bodies.push(res.body);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return bodies;
}

describe("canary release", () => {
  it("sends about percentTraffic% of 2,000 requests to the canary deployment with its overrides, and logs and counts them as canary", async () => {
    gw = await startGateway(config(25));
    const answers = (await many("/who", 2_000)).map((body) => JSON.parse(body) as Who);
    const canary = answers.filter((who) => who.canary);
    // 25% of 2,000 is 500 with a standard deviation of about 19: 21%..29% is more than 4 deviations wide.
    expect(canary.length).toBeGreaterThanOrEqual(420);
    expect(canary.length).toBeLessThanOrEqual(580);
    for (const who of canary) expect(who).toEqual({ build: "next", dep: "depnext01", stage: "prod", canary: true, color: "green" });
    for (const who of answers.filter((w) => !w.canary)) expect(who).toEqual({ build: "main", dep: "depmain01", stage: "prod", canary: false, color: "blue" });

    await gw.gateway.telemetry.flush();
    expect(await eventually(() => gw!.sink.logs.length >= 2_000, 10_000)).toBe(true);
    const logs = gw.sink.logs;
    expect(logs.filter((log) => log.canary === true)).toHaveLength(canary.length);
    expect(logs.every((log) => log.stageName === "prod")).toBe(true);
    const counted = (isCanary: boolean) =>
      gw!.sink.metrics.filter((m) => (m.canary === true) === isCanary).reduce((sum, m) => sum + m.count, 0);
    expect(counted(true)).toBe(canary.length);
    expect(counted(false)).toBe(2_000 - canary.length);
  }, 60_000);

  it("never picks the canary at 0% and always at 100%, where stage-variable URIs use the overrides", async () => {
    gw = await startGateway(config(0));
    expect(new Set(await many("/backend", 300))).toEqual(new Set(["A"]));
    expect((await many("/who", 300)).some((body) => (JSON.parse(body) as Who).canary)).toBe(false);

    gw.source.set(config(100));
    expect(await eventually(async () => (await call(gw!.url(API, "prod", "/backend"))).body === "B", 5_000)).toBe(true);
    expect(new Set(await many("/backend", 300))).toEqual(new Set(["B"]));
    const answers = (await many("/who", 300)).map((body) => JSON.parse(body) as Who);
    expect(answers.every((who) => who.canary && who.dep === "depnext01" && who.color === "green")).toBe(true);
  }, 60_000);

  it("serves every request from the stage when the canary is removed or its deployment is missing", async () => {
    gw = await startGateway(config(100, [main]));
    expect(await eventually(async () => (await call(gw!.url(API, "prod", "/who"))).status === 200, 5_000)).toBe(true);
    expect((await many("/who", 100)).every((body) => (JSON.parse(body) as Who).build === "main")).toBe(true);
    expect(gw.logger.lines.some((entry) => entry.message.includes("canary references a deployment missing"))).toBe(true);

    gw.source.set(config(100));
    expect(await eventually(async () => (JSON.parse((await call(gw!.url(API, "prod", "/who"))).body) as Who).canary, 5_000)).toBe(true);
    gw.source.set(config(null));
    expect(await eventually(async () => !(JSON.parse((await call(gw!.url(API, "prod", "/who"))).body) as Who).canary, 5_000)).toBe(true);
    expect((await many("/who", 100)).every((body) => (JSON.parse(body) as Who).build === "main")).toBe(true);
  }, 60_000);
});
