import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { call, eventually, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, bump, keyRequired, withAccess } from "../test-support/access-config";

const FORBIDDEN = '{"message":"Forbidden"}';
const pets = snapshot("keysapi001", "d1", { "/pets": { GET: keyRequired(mockMethod('["rex"]')) }, "/open": { GET: mockMethod("open") } });
const viaAuthorizer = { ...snapshot("keysapi002", "d2", { "/pets": { GET: keyRequired(mockMethod("never")) } }), apiKeySource: "AUTHORIZER" as const };
const keys = [apiKey("kgood", "good-key-value-0000000000"), apiKey("koff", "disabled-key-value-000000", false), apiKey("kloose", "key-in-no-plan-0000000000"), apiKey("kdev", "key-for-dev-only-00000000")];
const plans = [
  { id: "plan1", apiStages: [{ apiId: "keysapi001", stage: "prod" }, { apiId: "keysapi002", stage: "prod" }], keyIds: ["kgood", "koff"] },
  { id: "plan2", apiStages: [{ apiId: "keysapi001", stage: "dev" }], keyIds: ["kdev"] },
];
const base = runtimeConfig("v1", [
  { stageName: "prod", snapshot: pets },
  { stageName: "dev", snapshot: pets },
  { stageName: "prod", snapshot: viaAuthorizer },
]);

let gw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  const plugin = createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 } });
  gw = await startGateway(withAccess(base, keys, plans), { plugins: [plugin] });
});
afterAll(() => gw.close());

const petsUrl = (stage = "prod") => gw.url("keysapi001", stage, "/pets");

function expectForbidden(res: Awaited<ReturnType<typeof call>>) {
  expect(res.status).toBe(403);
  expect(res.body).toBe(FORBIDDEN);
  expect(res.headers["content-type"]).toBe("application/json");
  expect(res.headers["x-amzn-errortype"]).toBe("ForbiddenException");
}

describe("API keys (apiKeyRequired)", () => {
  it("serves a method that requires a key when x-api-key holds an enabled key of a plan for the stage", async () => {
    const res = await call(petsUrl(), { headers: { "x-api-key": "good-key-value-0000000000" } });
    expect([res.status, res.body]).toEqual([200, '["rex"]']);
  });

  it.each([
    ["no x-api-key header", {}],
    ["an empty x-api-key", { "x-api-key": "" }],
    ["an unknown key", { "x-api-key": "no-such-key-0000000000000" }],
    ["a disabled key", { "x-api-key": "disabled-key-value-000000" }],
    ["a key in no usage plan", { "x-api-key": "key-in-no-plan-0000000000" }],
    ["a key whose plan does not include this stage", { "x-api-key": "key-for-dev-only-00000000" }],
    ["the key sent under another header", { authorization: "good-key-value-0000000000" }],
  ])("answers 403 Forbidden (INVALID_API_KEY) for %s", async (_, headers: Record<string, string>) => {
    expectForbidden(await call(petsUrl(), { headers }));
  });

  it("lets the dev-only key in on dev", async () => {
    const res = await call(petsUrl("dev"), { headers: { "x-api-key": "key-for-dev-only-00000000" } });
    expect(res.status).toBe(200);
  });

  it("asks no key of a method that does not require one", async () => {
    expect((await call(gw.url("keysapi001", "prod", "/open"))).status).toBe(200);
  });

  it("answers 403 when the API takes keys from an authorizer: none exists, so no usageIdentifierKey", async () => {
    expectForbidden(await call(gw.url("keysapi002", "prod", "/pets"), { headers: { "x-api-key": "good-key-value-0000000000" } }));
  });

  it("logs the recognised key's id and never its value", async () => {
    const res = await call(petsUrl(), { headers: { "x-api-key": "good-key-value-0000000000" } });
    const requestId = res.headers["x-amzn-requestid"];
    expect(await eventually(() => gw.sink.logs.some((log) => log.requestId === requestId))).toBe(true);
    const record = gw.sink.logs.find((log) => log.requestId === requestId);
    expect(record?.apiKeyId).toBe("kgood");
    expect(JSON.stringify(gw.sink.batches)).not.toContain("good-key-value");
  });

  it("follows key and plan changes in a new config although the compiled stages are reused", async () => {
    const disabled = keys.map((key) => (key.id === "kgood" ? { ...key, enabled: false } : key));
    const movedPlans = [{ ...plans[0], keyIds: ["koff", "kloose"] }, plans[1]];
    gw.source.set(bump(withAccess(base, disabled, movedPlans), "v2"));
    await gw.gateway.reload();
    expect(gw.gateway.activeVersion()).toBe("v2");
    expectForbidden(await call(petsUrl(), { headers: { "x-api-key": "good-key-value-0000000000" } }));
    expect((await call(petsUrl(), { headers: { "x-api-key": "key-in-no-plan-0000000000" } })).status).toBe(200);
    gw.source.set(bump(withAccess(base, keys, plans), "v3"));
    await gw.gateway.reload();
    expect((await call(petsUrl(), { headers: { "x-api-key": "good-key-value-0000000000" } })).status).toBe(200);
  });
});
