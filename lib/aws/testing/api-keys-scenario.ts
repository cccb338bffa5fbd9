/** API keys and usage plans through the AWS SDK, as AWS answers them; run on each database by api-keys.sdk.test.ts. */
import type { APIGateway } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { quotaPeriodAt } from "@/lib/domain/usage/quota-period";
import { getRuntimeConfig } from "@/lib/services/runtime/get-runtime-config";
import { exactly, expectAwsError } from "./scenario-support";

const VALUE = "portico-test-key-value-0001";

async function apiWithStages(client: APIGateway) {
  const api = await client.createRestApi({ name: "keys-api" });
  const root = api.rootResourceId!; // CreateRestApi always answers with the root resource
  await client.putMethod({ restApiId: api.id!, resourceId: root, httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: true });
  await client.putIntegration({ restApiId: api.id!, resourceId: root, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  await client.createDeployment({ restApiId: api.id!, stageName: "prod" });
  await client.createDeployment({ restApiId: api.id!, stageName: "dev" });
  return api.id!;
}

export async function runApiKeysScenario(client: APIGateway): Promise<void> {
  const apiId = await apiWithStages(client);

  // Keys: a generated value (40 alphanumerics, shown on creation), a given one, AWS's default enabled=false.
  const generated = await client.createApiKey({ name: "acme", customerId: "cust-1", tags: { team: "a" } });
  expect(generated.value).toMatch(/^[A-Za-z0-9]{40}$/);
  expect(generated).toMatchObject({ name: "acme", enabled: false, customerId: "cust-1", stageKeys: [], tags: { team: "a" } });
  expect(generated.createdDate).toBeInstanceOf(Date);
  const given = await client.createApiKey({ name: "beta", value: VALUE, enabled: true, description: "given" });
  expect(given.value).toBe(VALUE);
  await expectAwsError(client.createApiKey({ name: "dup", value: VALUE }), "ConflictException", exactly("API Key already exists"));
  await expectAwsError(client.createApiKey({ name: "short", value: "too-short" }), "BadRequestException", /at least 20 characters/);
  await expectAwsError(
    client.createApiKey({ name: "old", stageKeys: [{ restApiId: apiId, stageName: "prod" }] }),
    "BadRequestException",
    /stageKeys are not supported/,
  );

  expect((await client.getApiKey({ apiKey: given.id! })).value).toBeUndefined();
  expect((await client.getApiKey({ apiKey: given.id!, includeValue: true })).value).toBe(VALUE);
  await expectAwsError(client.getApiKey({ apiKey: "nope" }), "NotFoundException", exactly("Invalid API Key identifier specified"));

  const all = await client.getApiKeys({});
  expect(all.items?.map((k) => [k.name, k.value])).toEqual([["acme", undefined], ["beta", undefined]]);
  expect((await client.getApiKeys({ includeValues: true, nameQuery: "be" })).items?.map((k) => k.value)).toEqual([VALUE]);
  expect((await client.getApiKeys({ customerId: "cust-1" })).items?.map((k) => k.id)).toEqual([generated.id]);
  const first = await client.getApiKeys({ limit: 1 });
  expect(first.items?.map((k) => k.name)).toEqual(["acme"]);
  expect((await client.getApiKeys({ limit: 1, position: first.position })).items?.map((k) => k.name)).toEqual(["beta"]);

  const updated = await client.updateApiKey({
    apiKey: generated.id!,
    patchOperations: [
      { op: "replace", path: "/name", value: "acme-2" },
      { op: "replace", path: "/enabled", value: "true" },
      { op: "replace", path: "/description", value: "d" },
      { op: "replace", path: "/customerId", value: "cust-2" },
    ],
  });
  expect(updated).toMatchObject({ name: "acme-2", enabled: true, description: "d", customerId: "cust-2" });
  await expectAwsError(client.updateApiKey({ apiKey: generated.id!, patchOperations: [{ op: "replace", path: "/value", value: "x" }] }), "BadRequestException");

  // Plans: stages must exist, quota offsets stay in range.
  await expectAwsError(client.createUsagePlan({ name: "bad", apiStages: [{ apiId, stage: "nope" }] }), "BadRequestException", exactly(`API Stage not found: ${apiId}:nope`));
  await expectAwsError(client.createUsagePlan({ name: "bad", quota: { limit: 5, period: "WEEK", offset: 7 } }), "BadRequestException", /offset is 0 to 6/);
  await expectAwsError(client.createUsagePlan({ name: "bad", throttle: { rateLimit: -1, burstLimit: 1 } }), "BadRequestException", /cannot be negative/);
  const gold = await client.createUsagePlan({
    name: "gold",
    description: "top",
    apiStages: [{ apiId, stage: "prod", throttle: { "//GET": { rateLimit: 5, burstLimit: 10 } } }],
    throttle: { rateLimit: 100, burstLimit: 200 },
    quota: { limit: 1000, period: "MONTH", offset: 0 },
  });
  expect(gold).toMatchObject({ name: "gold", apiStages: [{ apiId, stage: "prod", throttle: { "//GET": { rateLimit: 5, burstLimit: 10 } } }], quota: { limit: 1000, period: "MONTH", offset: 0 } });
  const silver = await client.createUsagePlan({ name: "silver", apiStages: [{ apiId, stage: "prod" }] });
  expect((await client.getUsagePlan({ usagePlanId: gold.id! })).throttle).toEqual({ rateLimit: 100, burstLimit: 200 });
  await expectAwsError(client.getUsagePlan({ usagePlanId: "nope" }), "NotFoundException", exactly("Invalid Usage Plan ID specified"));

  const changed = await client.updateUsagePlan({
    usagePlanId: gold.id!,
    patchOperations: [
      { op: "replace", path: "/name", value: "gold-2" },
      { op: "replace", path: "/throttle/rateLimit", value: "50" },
      { op: "replace", path: "/quota/period", value: "WEEK" },
      { op: "replace", path: "/quota/offset", value: "1" },
      { op: "add", path: "/apiStages", value: `${apiId}:dev` },
      { op: "replace", path: `/apiStages/${apiId}:dev/throttle/~1~1GET/burstLimit`, value: "3" },
      { op: "remove", path: `/apiStages/${apiId}:prod/throttle/~1~1GET` },
    ],
  });
  expect(changed).toMatchObject({ name: "gold-2", throttle: { rateLimit: 50, burstLimit: 200 }, quota: { limit: 1000, period: "WEEK", offset: 1 } });
  expect(changed.apiStages).toEqual([
    { apiId, stage: "prod" },
    { apiId, stage: "dev", throttle: { "//GET": { rateLimit: 0, burstLimit: 3 } } },
  ]);
  const noThrottle = await client.updateUsagePlan({ usagePlanId: gold.id!, patchOperations: [{ op: "remove", path: "/throttle" }] });
  expect(noThrottle.throttle).toBeUndefined();

  // Plan keys: a key meets one API stage through one plan only.
  const planKey = await client.createUsagePlanKey({ usagePlanId: gold.id!, keyId: given.id!, keyType: "API_KEY" });
  expect(planKey).toEqual(expect.objectContaining({ id: given.id, type: "API_KEY", name: "beta", value: VALUE }));
  await expectAwsError(
    client.createUsagePlanKey({ usagePlanId: silver.id!, keyId: given.id!, keyType: "API_KEY" }),
    "ConflictException",
    exactly(`Usage Plan ${silver.id} cannot be added because API Key ${given.id} cannot reference multiple Usage Plans with the same API Stage: ${apiId}:prod`),
  );
  await expectAwsError(client.createUsagePlanKey({ usagePlanId: gold.id!, keyId: "nope", keyType: "API_KEY" }), "NotFoundException");
  await client.createUsagePlanKey({ usagePlanId: gold.id!, keyId: generated.id!, keyType: "API_KEY" });
  expect((await client.getUsagePlanKeys({ usagePlanId: gold.id! })).items?.map((k) => k.name).sort()).toEqual(["acme-2", "beta"]);
  expect((await client.getUsagePlanKey({ usagePlanId: gold.id!, keyId: given.id! })).value).toBe(VALUE);
  expect((await client.getUsagePlans({ keyId: given.id! })).items?.map((p) => p.id)).toEqual([gold.id]);
  await client.deleteUsagePlanKey({ usagePlanId: gold.id!, keyId: generated.id! });
  await expectAwsError(client.getUsagePlanKey({ usagePlanId: gold.id!, keyId: generated.id! }), "NotFoundException", exactly("Invalid Usage Plan Key identifier specified"));

  // Usage: the days runtimes reported, with what remains of the weekly quota (offset 1: weeks start on Monday).
  const now = Date.now();
  const day = (back: number) => new Date(now - back * 86_400_000).toISOString().slice(0, 10);
  await db().usageDay.createMany({
    data: [
      { usagePlanId: gold.id!, keyId: given.id!, day: day(1), used: 30 },
      { usagePlanId: gold.id!, keyId: given.id!, day: day(0), used: 12 },
    ],
  });
  const usage = await client.getUsage({ usagePlanId: gold.id!, startDate: day(1), endDate: day(0) });
  expect(usage).toMatchObject({ usagePlanId: gold.id, startDate: day(1), endDate: day(0) });
  const weekStart = new Date(quotaPeriodAt({ period: "WEEK", offset: 1 }, now).startMs).toISOString().slice(0, 10);
  const yesterdayInWeek = day(1) >= weekStart;
  expect(usage.items?.[given.id!]).toEqual([
    [30, 1000 - 30],
    [12, 1000 - 12 - (yesterdayInWeek ? 30 : 0)],
  ]);
  await expectAwsError(client.getUsage({ usagePlanId: gold.id!, startDate: day(0), endDate: day(1) }), "BadRequestException");

  // UpdateUsage: grant 500 remaining for this period; runtimes get it as a quota adjustment.
  const granted = await client.updateUsage({ usagePlanId: gold.id!, keyId: given.id!, patchOperations: [{ op: "replace", path: "/remaining", value: "500" }] });
  expect(granted.items?.[given.id!]?.at(-1)).toEqual([12, 500]);
  const config = await getRuntimeConfig();
  const runtimePlan = config.usagePlans?.find((p) => p.id === gold.id);
  expect(runtimePlan).toMatchObject({ keyIds: [given.id], quota: { limit: 1000, period: "WEEK", offset: 1 } });
  expect(runtimePlan?.quotaAdjustments).toEqual([
    expect.objectContaining({ keyId: given.id, used: 500, periodStart: new Date(quotaPeriodAt({ period: "WEEK", offset: 1 }, now).startMs).toISOString() }),
  ]);
  const extended = await client.updateUsage({ usagePlanId: gold.id!, keyId: given.id!, patchOperations: [{ op: "add", path: "/remaining", value: "100" }] });
  expect(extended.items?.[given.id!]?.at(-1)).toEqual([12, 600]);
  expect(config.apiKeys).toEqual(expect.arrayContaining([{ id: given.id, valueSha256: expect.stringMatching(/^[0-9a-f]{64}$/), enabled: true }]));
  expect(JSON.stringify(await getRuntimeConfig())).not.toContain(VALUE);

  // Import: AWS's CSV, header names in any case; bad rows are warnings, and failonwarnings writes nothing.
  const csv = `Name,key,description,Enabled,usageplanIds\nimp-1,imported-key-value-00000001,first,TRUE,${silver.id}\nimp-2,short,,true,\nimp-3,imported-key-value-00000003,,maybe,\n`;
  const strict = await client.importApiKeys({ body: new TextEncoder().encode(csv), format: "csv", failOnWarnings: true });
  expect(strict.ids).toEqual([]);
  expect(strict.warnings).toHaveLength(2);
  expect((await client.getApiKeys({ nameQuery: "imp-" })).items).toEqual([]);
  const lenient = await client.importApiKeys({ body: new TextEncoder().encode(csv), format: "csv" });
  expect([lenient.ids?.length, lenient.warnings?.length]).toEqual([1, 2]);
  expect(await client.getApiKey({ apiKey: lenient.ids![0], includeValue: true })).toMatchObject({ name: "imp-1", description: "first", enabled: true, value: "imported-key-value-00000001" });
  expect((await client.getUsagePlanKeys({ usagePlanId: silver.id! })).items?.map((k) => k.id)).toEqual(lenient.ids);

  // Deletes.
  await client.deleteApiKey({ apiKey: generated.id! });
  await expectAwsError(client.deleteApiKey({ apiKey: generated.id! }), "NotFoundException");
  await client.deleteUsagePlan({ usagePlanId: silver.id! });
  expect((await client.getUsagePlans({})).items?.map((p) => p.name)).toEqual(["gold-2"]);
}
