import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, throttleSettings, withAccess, withStageSettings } from "../test-support/access-config";
import { measureAdmissions, type Admission } from "../test-support/measure-admissions";

// Every level below: burst 20, then 50 requests a second, measured on the real clock over ~2 s.
const LIMIT = { rateLimit: 50, burstLimit: 20 };
const ROOMY = { rateLimit: 10_000, burstLimit: 5_000 };

const api = snapshot("rateapi001", "d1", {
  "/open": { GET: mockMethod("open") },
  "/plan": { GET: keyRequired(mockMethod("plan")) },
  "/method": { GET: keyRequired(mockMethod("method")) },
});
const stages = runtimeConfig("v1", [
  { stageName: "staged", snapshot: api },
  { stageName: "keyed", snapshot: api },
]);
const keyed = withAccess(
  stages,
  [apiKey("kplan", "rate-plan-key-00000000000"), apiKey("kmethod", "rate-method-key-000000000")],
  [
    { id: "pplan", throttle: LIMIT, apiStages: [{ apiId: "rateapi001", stage: "keyed" }], keyIds: ["kplan"] },
    { id: "pmethod", throttle: ROOMY, apiStages: [{ apiId: "rateapi001", stage: "keyed", throttle: { "/method/GET": LIMIT } }], keyIds: ["kmethod"] },
  ],
);
const config = withStageSettings(keyed, "rateapi001", "staged", throttleSettings({ "*/*": LIMIT }));

let gw: Awaited<ReturnType<typeof startGateway>>;
let accountGw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  gw = await startGateway(config, { plugins: [createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: ROOMY })] });
  accountGw = await startGateway(config, { plugins: [createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: LIMIT })] });
});
afterAll(async () => {
  await gw.close();
  await accountGw.close();
});

function expectBurstThenRate(run: { admissions: Admission[]; elapsedMs: number }) {
  const { admissions, elapsedMs } = run;
  for (const refused of admissions.filter((a) => a.status !== 200)) expect([refused.status, refused.body]).toEqual([429, '{"message":"Too Many Requests"}']);
  // The burst: the first 20 requests pass back to back.
  expect(admissions.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(200));
  const admitted = admissions.filter((a) => a.status === 200).length;
  const expected = LIMIT.burstLimit + (LIMIT.rateLimit * elapsedMs) / 1000;
  expect(Math.abs(admitted - expected) / expected).toBeLessThan(0.1);
  // The steady rate, from the first refusal (the bucket was empty then) to the end.
  const emptyAt = admissions.find((a) => a.status !== 200)?.sentAt ?? elapsedMs;
  const steady = admissions.filter((a) => a.sentAt > emptyAt && a.status === 200).length;
  const steadyExpected = (LIMIT.rateLimit * (elapsedMs - emptyAt)) / 1000;
  expect(Math.abs(steady - steadyExpected) / steadyExpected).toBeLessThan(0.1);
  // Offered above the rate throughout, or the test would prove nothing.
  expect(admissions.length - admitted).toBeGreaterThan(0.3 * admitted);
}

// One level at a time: on a busy 2-core machine one test process offers a few hundred requests a second, and each
// level needs well above its 50.
describe("token buckets on the real clock: burst 20, then 50 a second, within 10%", () => {
  it.each([
    ["the plan's throttle for the key and method", () => gw.url("rateapi001", "keyed", "/method"), { "x-api-key": "rate-method-key-000000000" }],
    ["the plan's throttle for the key", () => gw.url("rateapi001", "keyed", "/plan"), { "x-api-key": "rate-plan-key-00000000000" }],
    ["the stage's method settings", () => gw.url("rateapi001", "staged", "/open"), {}],
    ["the account", () => accountGw.url("rateapi001", "keyed", "/open"), {}],
  ])("with %s", async (_, url: () => string, headers: Record<string, string>) => {
    const target = url();
    // A path no API has: it opens the connections without touching any bucket.
    const warmUpUrl = `${new URL(target).origin}/restapis/nosuchapi1/none/_user_request_/`;
    expectBurstThenRate(await measureAdmissions(target, { headers, durationMs: 2_000, warmUpUrl }));
  });
});
