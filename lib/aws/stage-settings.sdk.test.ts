/**
 * Stage settings and canary releases through the AWS SDK against the management API on a real port and a real
 * database; the resulting runtime config is then served by a real gateway runtime to show the canary split.
 */
import { APIGateway } from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { startGateway, call } from "@/gateway-runtime/src/test-support/servers";
import { ACCESS_LOG_PRESETS } from "@/lib/domain/observability/access-log";
import { getRuntimeConfig, getRuntimeConfigVersion } from "@/lib/services/runtime/get-runtime-config";
import { listStageHistory } from "@/lib/services/stages/list-stage-history";
import { managementApiForSuite } from "./testing/management-api-suite";
import { expectAwsError } from "./testing/scenario-support";

const ALL = {
  metricsEnabled: true,
  loggingLevel: "INFO",
  dataTraceEnabled: true,
  throttlingBurstLimit: 100,
  throttlingRateLimit: 50.5,
  cachingEnabled: true,
  cacheTtlInSeconds: 120,
  cacheDataEncrypted: true,
  requireAuthorizationForCacheControl: false,
  unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403",
};

function stageSettingsSuite(kind: "sqlite" | "postgres") {
  const management = managementApiForSuite(kind);
  let client: APIGateway;
  let restApiId = "";
  let dep1 = "";
  let dep2 = "";
  const replace = (path: string, value: string) => ({ op: "replace" as const, path, value });
  const update = (...patchOperations: { op: "add" | "remove" | "replace" | "copy"; path: string; value?: string; from?: string }[]) =>
    client.updateStage({ restApiId, stageName: "prod", patchOperations });

  beforeAll(async () => {
    client = management.client();
    restApiId = (await client.createRestApi({ name: "stage settings" })).id ?? "";
    const root = (await client.getResources({ restApiId })).items?.[0]?.id ?? "";
    const pets = (await client.createResource({ restApiId, parentId: root, pathPart: "pets" })).id ?? "";
    await client.putMethod({ restApiId, resourceId: pets, httpMethod: "GET", authorizationType: "NONE" });
    await client.putIntegration({ restApiId, resourceId: pets, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await client.putMethodResponse({ restApiId, resourceId: pets, httpMethod: "GET", statusCode: "200" });
    await client.putIntegrationResponse({
      restApiId,
      resourceId: pets,
      httpMethod: "GET",
      statusCode: "200",
      responseTemplates: { "application/json": '{"dep":"$context.deploymentId","color":"$stageVariables.color"}' },
    });
    dep1 = (await client.createDeployment({ restApiId, stageName: "prod", variables: { color: "blue", size: "m" } })).id ?? "";
  }, 60_000);

  it("reports AWS's stage fields and applies every method setting, cache and tracing path", async () => {
    const fresh = await client.getStage({ restApiId, stageName: "prod" });
    expect(fresh).toMatchObject({ methodSettings: {}, cacheClusterEnabled: false, cacheClusterStatus: "NOT_AVAILABLE", tracingEnabled: false });
    expect(fresh.canarySettings).toBeUndefined();

    const all = await update(
      replace("/*/*/metrics/enabled", "true"),
      replace("/*/*/logging/loglevel", "INFO"),
      replace("/*/*/logging/dataTrace", "true"),
      replace("/*/*/throttling/burstLimit", "100"),
      replace("/*/*/throttling/rateLimit", "50.5"),
      replace("/*/*/caching/enabled", "true"),
      replace("/*/*/caching/ttlInSeconds", "120"),
      replace("/*/*/caching/dataEncrypted", "true"),
      replace("/*/*/caching/requireAuthorizationForCacheControl", "false"),
      replace("/*/*/caching/unauthorizedCacheControlHeaderStrategy", "FAIL_WITH_403"),
    );
    expect(all.methodSettings).toEqual({ "*/*": ALL });

    // A method's first override starts from */*.
    const own = await update(replace("/~1pets/GET/throttling/rateLimit", "5"));
    expect(own.methodSettings?.["~1pets/GET"]).toEqual({ ...ALL, throttlingRateLimit: 5 });
    expect((await update({ op: "remove", path: "/~1pets/GET" })).methodSettings).toEqual({ "*/*": ALL });

    const cached = await update(replace("/cacheClusterEnabled", "true"), replace("/tracingEnabled", "true"));
    expect(cached).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheClusterStatus: "AVAILABLE", tracingEnabled: true });
    expect((await update(replace("/cacheClusterSize", "6.1"))).cacheClusterSize).toBe("6.1");
    expect((await update(replace("/cacheClusterEnabled", "false"))).cacheClusterStatus).toBe("NOT_AVAILABLE");

    await expectAwsError(update(replace("/cacheClusterSize", "2")), "BadRequestException", /'\/cacheClusterSize'.*0\.5, 1\.6, 6\.1/);
    await expectAwsError(update(replace("/*/*/caching/ttlInSeconds", "3601")), "BadRequestException", /between 0 and 3600/);
    await expectAwsError(update(replace("/*/*/throttling/burstLimit", "-1")), "BadRequestException", /0 or more/);
    await expectAwsError(update(replace("/*/*/logging/loglevel", "DEBUG")), "BadRequestException", /OFF, ERROR, INFO/);
    await expectAwsError(update(replace("/accessLogSettings/format", "x")), "BadRequestException", /'\/accessLogSettings\/format'.*\$context\.requestId/);
    // A refused request changes nothing.
    expect((await client.getStage({ restApiId, stageName: "prod" })).cacheClusterSize).toBe("6.1");
  });

  it("sets, returns and removes AWS's access log settings, and the runtimes get them", async () => {
    expect((await client.getStage({ restApiId, stageName: "prod" })).accessLogSettings).toBeUndefined();
    const logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Access-Logs/prod";
    const set = await update(replace("/accessLogSettings/destinationArn", logGroup), replace("/accessLogSettings/format", ACCESS_LOG_PRESETS.JSON));
    expect(set.accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.JSON, destinationArn: logGroup });
    expect((await client.getStages({ restApiId })).item?.find((s) => s.stageName === "prod")?.accessLogSettings).toEqual(set.accessLogSettings);
    const runtime = (await getRuntimeConfig()).stages.find((s) => s.restApiId === restApiId && s.stageName === "prod");
    expect(runtime?.settings?.accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.JSON, destinationArn: logGroup });

    // A new format keeps the destination; a Firehose stream is AWS's other destination.
    const firehose = "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-prod";
    expect((await update(replace("/accessLogSettings/format", ACCESS_LOG_PRESETS.CLF))).accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.CLF, destinationArn: logGroup });
    expect((await update(replace("/accessLogSettings/destinationArn", firehose))).accessLogSettings?.destinationArn).toBe(firehose);

    await expectAwsError(update(replace("/accessLogSettings/format", "$context.status")), "BadRequestException", /\$context\.requestId or \$context\.extendedRequestId/);
    await expectAwsError(update(replace("/accessLogSettings/format", "$context.requestId $context.bogus")), "BadRequestException", /Unknown access log variable: \$context\.bogus/);
    await expectAwsError(
      update(replace("/accessLogSettings/destinationArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/logs")),
      "BadRequestException",
      /amazon-apigateway-/,
    );
    expect((await client.getStage({ restApiId, stageName: "prod" })).accessLogSettings?.format).toBe(ACCESS_LOG_PRESETS.CLF);

    expect((await update({ op: "remove", path: "/accessLogSettings" })).accessLogSettings).toBeUndefined();
    // With no settings, a destination alone has nothing to write; a format alone logs to Portico's own store.
    await expectAwsError(update(replace("/accessLogSettings/destinationArn", logGroup)), "BadRequestException", /needs a format/);
    const formatOnly = await update(replace("/accessLogSettings/format", ACCESS_LOG_PRESETS.CSV));
    expect(formatOnly.accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.CSV });
    await update({ op: "remove", path: "/accessLogSettings" });
  });

  it("validates stage variables with AWS's limits", async () => {
    await expectAwsError(update({ op: "add", path: "/variables/bad-name", value: "x" }), "BadRequestException", /letters, digits and _/);
    await expectAwsError(update({ op: "add", path: "/variables/x", value: "a b" }), "BadRequestException", /-\._~:\/\?#&=,/);
    await expectAwsError(update({ op: "add", path: "/variables/x", value: "v".repeat(513) }), "BadRequestException", /512/);
    const many = Array.from({ length: 99 }, (_, i) => ({ op: "add" as const, path: `/variables/v${i}`, value: "1" }));
    await expectAwsError(update(...many), "BadRequestException", /at most 100 variables/);
    const ok = await update({ op: "add", path: "/variables/path", value: "a/b?c=d&e#f,g~h:i" });
    expect(ok.variables).toEqual({ color: "blue", size: "m", path: "a/b?c=d&e#f,g~h:i" });
    await update({ op: "remove", path: "/variables/path" });
  });

  it("flushes the stage cache with a new cache generation the runtimes see", async () => {
    const before = await getRuntimeConfig();
    const generation = before.stages.find((s) => s.restApiId === restApiId)?.settings?.cacheGeneration ?? -1;
    await client.flushStageCache({ restApiId, stageName: "prod" });
    const after = await getRuntimeConfig();
    expect(after.stages.find((s) => s.restApiId === restApiId)?.settings?.cacheGeneration).toBe(generation + 1);
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));
    await expectAwsError(client.flushStageCache({ restApiId, stageName: "nope" }), "NotFoundException");
  });

  it("deploys to a stage's canary, splits traffic on the runtime, protects the canary's deployment and promotes it as AWS's console does", async () => {
    await expectAwsError(
      client.createDeployment({ restApiId, stageName: "missing", canarySettings: { percentTraffic: 10 } }),
      "NotFoundException",
      /Invalid Stage identifier/,
    );
    const versionBefore = await getRuntimeConfigVersion();
    dep2 = (
      await client.createDeployment({
        restApiId,
        stageName: "prod",
        canarySettings: { percentTraffic: 100, stageVariableOverrides: { color: "green" }, useStageCache: false },
      })
    ).id ?? "";
    const stage = await client.getStage({ restApiId, stageName: "prod" });
    expect(stage.deploymentId).toBe(dep1);
    expect(stage.canarySettings).toEqual({ deploymentId: dep2, percentTraffic: 100, stageVariableOverrides: { color: "green" }, useStageCache: false });
    expect(Number(await getRuntimeConfigVersion())).toBeGreaterThan(Number(versionBefore));

    // The runtime config carries the canary's snapshot; a real runtime serves the canary with its overrides.
    const config = await getRuntimeConfig();
    expect(Object.keys(config.snapshots)).toEqual(expect.arrayContaining([dep1, dep2]));
    const gw = await startGateway(config);
    try {
      const answer = await call(gw.url(restApiId, "prod", "/pets"));
      expect(JSON.parse(answer.body)).toEqual({ dep: dep2, color: "green" });
      await update(replace("/canarySettings/percentTraffic", "0"));
      gw.source.set(await getRuntimeConfig());
      let served = "";
      for (let i = 0; i < 100 && served !== dep1; i++) served = (JSON.parse((await call(gw.url(restApiId, "prod", "/pets"))).body) as { dep: string }).dep;
      expect(served).toBe(dep1);
    } finally {
      await gw.close();
    }

    await expectAwsError(client.deleteDeployment({ restApiId, deploymentId: dep2 }), "BadRequestException", /^Active stages with canary settings pointing to this deployment must be moved or deleted$/);
    await expectAwsError(client.deleteDeployment({ restApiId, deploymentId: dep1 }), "BadRequestException", /^Active stages pointing to this deployment must be moved or deleted$/);

    const canary = await update(
      replace("/canarySettings/percentTraffic", "12.5"),
      replace("/canarySettings/useStageCache", "true"),
      { op: "add", path: "/canarySettings/stageVariableOverrides/size", value: "l" },
      { op: "add", path: "/canarySettings/stageVariableOverrides/tmp", value: "x" },
      { op: "remove", path: "/canarySettings/stageVariableOverrides/tmp" },
    );
    expect(canary.canarySettings).toEqual({ deploymentId: dep2, percentTraffic: 12.5, stageVariableOverrides: { color: "green", size: "l" }, useStageCache: true });
    await expectAwsError(update(replace("/canarySettings/deploymentId", "nosuchdep")), "NotFoundException", /Invalid Deployment identifier/);
    await expectAwsError(update(replace("/canarySettings/percentTraffic", "101")), "BadRequestException", /between 0 and 100/);
    await expectAwsError(update({ op: "add", path: "/canarySettings/stageVariableOverrides/x", value: "a b" }), "BadRequestException", /Canary/);

    // AWS's documented promotion: copy the deployment and the overrides, set the canary's traffic to 0.
    const promoted = await update(
      { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
      replace("/canarySettings/percentTraffic", "0.0"),
      { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
    );
    expect(promoted.deploymentId).toBe(dep2);
    expect(promoted.variables).toEqual({ color: "green", size: "l" });
    expect(promoted.canarySettings).toMatchObject({ deploymentId: dep2, percentTraffic: 0 });
    const history = await listStageHistory(restApiId, "prod");
    expect(history[0]).toMatchObject({ deploymentId: dep2, changedBy: management.api().accessKeyId });

    const disabled = await update({ op: "remove", path: "/canarySettings" });
    expect(disabled.canarySettings).toBeUndefined();
    await client.deleteDeployment({ restApiId, deploymentId: dep1 });
    await expectAwsError(client.getDeployment({ restApiId, deploymentId: dep1 }), "NotFoundException");
  });

  it("creates a stage with canary and cache settings", async () => {
    const created = await client.createStage({
      restApiId,
      stageName: "beta",
      deploymentId: dep2,
      cacheClusterEnabled: true,
      cacheClusterSize: "1.6",
      canarySettings: { percentTraffic: 5, stageVariableOverrides: { color: "red" } },
    });
    expect(created).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "1.6", cacheClusterStatus: "AVAILABLE", methodSettings: {} });
    expect(created.canarySettings).toEqual({ deploymentId: dep2, percentTraffic: 5, stageVariableOverrides: { color: "red" }, useStageCache: false });
    const listed = await client.getStages({ restApiId });
    expect(listed.item?.find((s) => s.stageName === "beta")?.canarySettings?.percentTraffic).toBe(5);
    await expectAwsError(
      // The SDK's types allow AWS's sizes only; a plain string shows the server's own check.
      client.createStage({ restApiId, stageName: "gamma", deploymentId: dep2, cacheClusterSize: String(3) as "0.5" }),
      "BadRequestException",
      /0\.5, 1\.6/,
    );
  });
}

describe("stage settings and canary releases through the AWS SDK (SQLite)", () => stageSettingsSuite("sqlite"));

describe.skipIf(!process.env.TEST_DATABASE_URL)("stage settings and canary releases through the AWS SDK (PostgreSQL)", () =>
  stageSettingsSuite("postgres"),
);
