/** Service behaviour that must hold on every database Portico supports; run by one test file per database. */
import { expect, it } from "vitest";
import { bucketIndex, emptyHistogram, HISTOGRAM_RELATIVE_ERROR } from "../domain/histogram";
import { createAccessKey } from "./access-keys/create-access-key";
import { getAccessKeySecret } from "./access-keys/get-access-key-secret";
import { signIn } from "./auth/sign-in";
import { bootstrapAdmin } from "./auth/bootstrap-admin";
import { getSessionUser } from "./auth/get-session-user";
import { createDeployment } from "./deployments/create-deployment";
import { deploymentPartsServiceCases } from "./deployments/deployment-parts.cases";
import { functionServiceCases } from "./functions/functions.cases";
import { gatewayResponseServiceCases } from "./gateway-responses/gateway-responses.cases";
import { integrationUpdateServiceCases } from "./integrations/integration-updates.cases";
import { putIntegration } from "./integrations/put-integration";
import { putIntegrationResponse } from "./integrations/put-integration-response";
import { methodUpdateServiceCases } from "./methods/method-updates.cases";
import { putMethod } from "./methods/put-method";
import { modelServiceCases } from "./models/models.cases";
import { requestValidatorServiceCases } from "./request-validators/request-validators.cases";
import { createResource } from "./resources/create-resource";
import { deleteResource } from "./resources/delete-resource";
import { listResources } from "./resources/list-resources";
import { createRestApi } from "./rest-apis/create-rest-api";
import { getRuntimeConfig, getRuntimeConfigVersion } from "./runtime/get-runtime-config";
import { ingestTelemetry } from "./runtime/ingest-telemetry";
import { createStage } from "./stages/create-stage";
import { listStageHistory } from "./stages/list-stage-history";
import { updateStage } from "./stages/update-stage";
import { getMetrics } from "./metrics/get-metrics";
import { listRequestLogs } from "./telemetry/list-request-logs";
import { corsServiceCases } from "./cors/cors.cases";

async function mockApi(body: string) {
  const api = await createRestApi({ name: "pets" });
  const res = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "pets" });
  await putMethod(api.id, res.id, "GET", {});
  await putIntegration(api.id, res.id, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  await putIntegrationResponse(api.id, res.id, "GET", "200", { responseTemplates: { "application/json": body } });
  return { api, res };
}

export function serviceCases(): void {
  it("deploys to a stage, moves it back, and records every move in the history", async () => {
    const { api, res } = await mockApi('{"v":1}');
    const first = await createDeployment(api.id, { stageName: "dev", description: "one" }, "a@example.com");
    await putIntegrationResponse(api.id, res.id, "GET", "200", { responseTemplates: { "application/json": '{"v":2}' } });
    const second = await createDeployment(api.id, { stageName: "dev", description: "two" });
    await updateStage(api.id, "dev", { deploymentId: first.id });
    const history = await listStageHistory(api.id, "dev");
    expect(history.map((h) => h.deploymentId)).toEqual([first.id, second.id, first.id]);
    expect(history[2].changedBy).toBe("a@example.com");
  });

  it("bumps the runtime config version on stage changes and shares one snapshot between stages", async () => {
    const { api } = await mockApi('{"v":1}');
    const before = Number(await getRuntimeConfigVersion());
    const dep = await createDeployment(api.id, { stageName: "a" });
    await updateStage(api.id, "a", { setVariables: { host: "example.com" } });
    await createDeployment(api.id, { stageName: "b" });
    await updateStage(api.id, "b", { deploymentId: dep.id });
    expect(Number(await getRuntimeConfigVersion())).toBeGreaterThanOrEqual(before + 4);
    const config = await getRuntimeConfig();
    const mine = config.stages.filter((s) => s.restApiId === api.id);
    expect(mine.map((s) => [s.stageName, s.deploymentId])).toEqual([["a", dep.id], ["b", dep.id]]);
    expect(mine[0].variables).toEqual({ host: "example.com" });
    expect(config.snapshots[dep.id].resources.find((r) => r.path === "/pets")?.methods.GET.integration?.type).toBe("MOCK");
  });

  it("holds AWS's 10-stage limit whether a stage comes from CreateStage or CreateDeployment", async () => {
    const { api } = await mockApi("{}");
    const dep = await createDeployment(api.id, {});
    for (let i = 0; i < 9; i++) await createStage(api.id, { stageName: `s${i}`, deploymentId: dep.id });
    await createDeployment(api.id, { stageName: "s9" });
    await expect(createDeployment(api.id, { stageName: "eleventh" })).rejects.toThrow("at most 10 stages");
    await expect(createStage(api.id, { stageName: "eleventh", deploymentId: dep.id })).rejects.toThrow("at most 10 stages");
    // Moving an existing stage is not a new stage.
    await expect(createDeployment(api.id, { stageName: "s9" })).resolves.toMatchObject({ description: "" });
  });

  it("deletes a resource with its whole subtree", async () => {
    const api = await createRestApi({ name: "tree" });
    const a = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "a" });
    const b = await createResource(api.id, { parentId: a.id, pathPart: "{b}" });
    await createResource(api.id, { parentId: b.id, pathPart: "c" });
    await deleteResource(api.id, a.id);
    expect((await listResources(api.id)).items.map((r) => r.path)).toEqual(["/"]);
  });

  it("stores telemetry batches and reads them back as logs and per-minute metrics", async () => {
    const { api } = await mockApi("{}");
    await createDeployment(api.id, { stageName: "prod" });
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const hist = emptyHistogram();
    hist[bucketIndex(3)] = 9;
    hist[bucketIndex(250)] = 1;
    const log = {
      requestId: "r1", extendedRequestId: "e1", time: new Date().toISOString(), restApiId: api.id, stageName: "prod",
      httpMethod: "GET", resourcePath: "/pets", path: "/pets", status: 404, latencyMs: 3, integrationLatencyMs: null,
      sourceIp: "127.0.0.1", userAgent: null, protocol: "HTTP/1.1", responseLength: 2, errorType: null,
    };
    const delta = {
      minute: minute.toISOString(), restApiId: api.id, stageName: "prod", resourcePath: "/pets", httpMethod: "GET",
      count: 10, error4xx: 1, error5xx: 0, latencySumMs: 300, latencyMaxMs: 250, integrationLatencySumMs: 0, integrationCount: 0,
      latencyHistogram: hist,
    };
    await ingestTelemetry({ runtimeId: "t", logs: [log, { ...log, requestId: "r2" }], metrics: [delta, { ...delta, count: 5, latencyHistogram: emptyHistogram() }], droppedLogs: 0 });
    const logs = (await listRequestLogs(api.id, "prod", {})).items;
    expect(logs.map((l) => l.requestId)).toEqual(["r2", "r1"]);
    expect((await listRequestLogs(api.id, "prod", { before: String(logs[0].id) })).items).toHaveLength(1);
    const metrics = await getMetrics({ restApiId: api.id, stageName: "prod", from: new Date(minute.getTime() - 5 * 60_000), to: minute });
    expect(metrics.series).toHaveLength(6);
    expect(metrics.totals).toMatchObject({ count: 15, error4xx: 2, error5xx: 0, cacheHitCount: 0, cacheMissCount: 0 });
    // p99 is clamped to the recorded max; p50 is interpolated inside the schema-3 bucket holding 3 ms.
    const last = metrics.series.at(-1);
    expect(last).toMatchObject({ count: 15, latency: { p99: 250, max: 250 } });
    expect(Math.abs((last?.latency?.p50 ?? 0) - 3)).toBeLessThanOrEqual(3 * HISTOGRAM_RELATIVE_ERROR);
  });

  it("keeps access-key secrets sealed and gives them back for signature checks", async () => {
    const key = await createAccessKey(null, { description: "ci" });
    expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(await getAccessKeySecret(key.accessKeyId)).toBe(key.secretAccessKey);
    expect(await getAccessKeySecret("AKIANOSUCHKEY")).toBeNull();
  });

  it("signs in the first administrator and refuses a wrong password with one message", async () => {
    await bootstrapAdmin({ email: "Admin@Example.com", password: "correct horse" });
    const session = await signIn({ email: "admin@example.com", password: "correct horse" }, { ip: "1.2.3.4" });
    expect((await getSessionUser(session.token))?.email).toBe("admin@example.com");
    const started = Date.now();
    await expect(signIn({ email: "admin@example.com", password: "wrong" }, { ip: "1.2.3.4" })).rejects.toThrow("Wrong e-mail or password.");
    await expect(signIn({ email: "nobody@example.com", password: "wrong" }, { ip: "1.2.3.4" })).rejects.toThrow("Wrong e-mail or password.");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  // Lambda-compatible functions, versions, aliases and their part of the runtime config.
  functionServiceCases();

  // Models, request validators, gateway responses, method and integration updates, and what deployments freeze.
  modelServiceCases();
  requestValidatorServiceCases();
  gatewayResponseServiceCases();
  methodUpdateServiceCases();
  integrationUpdateServiceCases();
  deploymentPartsServiceCases();

  // Enable CORS on a resource (appended by the console's method-design work).
  corsServiceCases();
}

