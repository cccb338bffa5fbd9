import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessPlugin } from "./access-plugin";
import { ManualClock } from "./limits-clock";
import { MemoryLogger } from "../ports/logger";
import { call, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, bump, keyRequired, throttleSettings, withAccess, withStageSettings } from "../test-support/access-config";

const TOO_MANY = '{"message":"Too Many Requests"}';
const clock = new ManualClock(Date.UTC(2025, 5, 1, 12));

const api = snapshot("thrapi0001", "d1", {
  "/pets": { GET: keyRequired(mockMethod("pets")), POST: keyRequired(mockMethod("posted")) },
  "/pets/{id}": { GET: keyRequired(mockMethod("pet")) },
  "/a": { GET: mockMethod("a") },
  "/b": { GET: mockMethod("b") },
  "/c": { GET: mockMethod("c") },
});
const other = snapshot("thrapi0002", "d2", { "/x": { GET: mockMethod("x") } });
const keys = [apiKey("k1", "key-one-value-00000000000"), apiKey("k2", "key-two-value-00000000000")];
const plans = [
  {
    id: "plan1",
    throttle: { rateLimit: 1, burstLimit: 3 },
    apiStages: [
      { apiId: "thrapi0001", stage: "prod", throttle: { "/pets/{id}/GET": { rateLimit: 1, burstLimit: 5 } } },
      { apiId: "thrapi0001", stage: "beta" },
    ],
    keyIds: ["k1", "k2"],
  },
];
const stages = runtimeConfig("v1", [
  { stageName: "prod", snapshot: api },
  { stageName: "beta", snapshot: api },
  { stageName: "prod", snapshot: other },
]);
const config = withStageSettings(
  withAccess(stages, keys, plans),
  "thrapi0001",
  "prod",
  throttleSettings({
    "*/*": { rateLimit: 1, burstLimit: 2 },
    "/c GET": { rateLimit: 1, burstLimit: 4 },
    // Keyed methods get room here, so their plans' limits are what they meet.
    "/pets GET": { rateLimit: 100, burstLimit: 100 },
    "/pets POST": { rateLimit: 100, burstLimit: 100 },
    "/pets/{id} GET": { rateLimit: 100, burstLimit: 100 },
  }),
);

let gw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  const plugin = createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 }, clock });
  gw = await startGateway(config, { plugins: [plugin] });
});
afterAll(() => gw.close());

const K1 = { "x-api-key": "key-one-value-00000000000" };
const K2 = { "x-api-key": "key-two-value-00000000000" };

async function statuses(times: number, url: string, headers: Record<string, string> = {}, method = "GET"): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const res = await call(url, { headers, method });
    if (res.status === 429) {
      expect(res.body).toBe(TOO_MANY);
      expect(res.headers["x-amzn-errortype"]).toBe("TooManyRequestsException");
    }
    out.push(res.status);
  }
  return out;
}

describe("throttling, AWS's levels and order (injected clock)", () => {
  it("throttles per key and method with the plan's method throttle, instead of the plan's own", async () => {
    const pet = gw.url("thrapi0001", "prod", "/pets/7");
    // burst 5 on this method although the plan's throttle has 3: the method's entry replaces it.
    expect(await statuses(6, pet, K1)).toEqual([200, 200, 200, 200, 200, 429]);
    // The other key has its own bucket for the same method.
    expect(await statuses(6, pet, K2)).toEqual([200, 200, 200, 200, 200, 429]);
    clock.advance(1_000);
    expect(await statuses(2, pet, K1)).toEqual([200, 429]);
  });

  it("throttles per key across the plan's stages with the plan's throttle", async () => {
    clock.advance(10_000);
    // burst 3 for k1, shared by /pets GET and POST on prod and beta.
    expect(await statuses(1, gw.url("thrapi0001", "prod", "/pets"), K1)).toEqual([200]);
    expect(await statuses(1, gw.url("thrapi0001", "beta", "/pets"), K1, "POST")).toEqual([200]);
    expect(await statuses(2, gw.url("thrapi0001", "beta", "/pets"), K1)).toEqual([200, 429]);
    expect(await statuses(1, gw.url("thrapi0001", "prod", "/pets"), K1, "POST")).toEqual([429]);
    expect(await statuses(1, gw.url("thrapi0001", "prod", "/pets"), K2)).toEqual([200]);
    clock.advance(2_000);
    expect(await statuses(3, gw.url("thrapi0001", "prod", "/pets"), K1)).toEqual([200, 200, 429]);
  });

  it("throttles each method with the stage's method settings: '*/*' is a bucket per method, a method's own entry wins", async () => {
    clock.advance(10_000);
    expect(await statuses(3, gw.url("thrapi0001", "prod", "/a"))).toEqual([200, 200, 429]);
    expect(await statuses(3, gw.url("thrapi0001", "prod", "/b"))).toEqual([200, 200, 429]);
    expect(await statuses(5, gw.url("thrapi0001", "prod", "/c"))).toEqual([200, 200, 200, 200, 429]);
    // beta has no method settings.
    expect(await statuses(5, gw.url("thrapi0001", "beta", "/a"))).toEqual([200, 200, 200, 200, 200]);
  });

  it("keeps buckets through a config reload", async () => {
    clock.advance(10_000);
    expect(await statuses(3, gw.url("thrapi0001", "prod", "/a"))).toEqual([200, 200, 429]);
    gw.source.set(bump(config, "v2", { apiKeys: [...keys, apiKey("k3", "key-three-value-000000000")] }));
    await gw.gateway.reload();
    expect(gw.gateway.activeVersion()).toBe("v2");
    expect(await statuses(1, gw.url("thrapi0001", "prod", "/a"))).toEqual([429]);
    // A deployment-level change recompiles the stage: the bucket is the same one all the same.
    gw.source.set(bump(config, "v3", { stages: config.stages.map((stage) => ({ ...stage, variables: { changed: "yes" } })) }));
    await gw.gateway.reload();
    expect(await statuses(1, gw.url("thrapi0001", "prod", "/a"))).toEqual([429]);
  });
});

describe("account throttle (injected clock)", () => {
  let small: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    const plugin = createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 2, burstLimit: 4 }, clock });
    small = await startGateway(config, { plugins: [plugin] });
  });
  afterAll(() => small.close());

  it("throttles every method of every API with one account bucket", async () => {
    clock.advance(10_000);
    expect(await statuses(2, small.url("thrapi0002", "prod", "/x"))).toEqual([200, 200]);
    expect(await statuses(1, small.url("thrapi0001", "beta", "/a"))).toEqual([200]);
    expect(await statuses(2, small.url("thrapi0001", "beta", "/pets"), K1)).toEqual([200, 429]);
    expect(await statuses(1, small.url("thrapi0002", "prod", "/x"))).toEqual([429]);
    clock.advance(500);
    expect(await statuses(2, small.url("thrapi0002", "prod", "/x"))).toEqual([200, 429]);
  });
});
