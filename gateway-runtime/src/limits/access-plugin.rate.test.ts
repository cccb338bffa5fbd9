import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, throttleSettings, withAccess, withStageSettings } from "../test-support/access-config";
import { measureAdmissions, type Admission } from "../test-support/measure-admissions";

// Every level below: burst 10, then 20 requests a second, measured on the real clock over ~2 s. Modest numbers on
// purpose: the test must offer well above the rate even when a busy 2-core machine gives its process little CPU.
const LIMIT = { rateLimit: 20, burstLimit: 10 };
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

/**
 * Which of these arrivals an ideal bucket admits: the reference for a busy machine, where a stall of over 500 ms
 * (burst / rate) with no request arriving lets tokens overflow, for the ideal bucket as for the real one.
 */
function idealAdmissions(sentAts: number[]): boolean[] {
  let tokens = LIMIT.burstLimit;
  let last = sentAts[0];
  return sentAts.map((at) => {
    tokens = Math.min(LIMIT.burstLimit, tokens + ((at - last) * LIMIT.rateLimit) / 1000);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  });
}

function expectBurstThenRate(run: { admissions: Admission[]; elapsedMs: number }) {
  const { admissions } = run;
  for (const refused of admissions.filter((a) => a.status !== 200)) expect([refused.status, refused.body]).toEqual([429, '{"message":"Too Many Requests"}']);
  // The burst: the first 10 requests pass back to back.
  expect(admissions.slice(0, LIMIT.burstLimit).map((a) => a.status)).toEqual(Array(LIMIT.burstLimit).fill(200));
  const admitted = admissions.filter((a) => a.status === 200).length;
  // Never more than the limit allows: the gateway decided each request between its sending and its answer.
  const lastAnswerMs = Math.max(...admissions.map((a) => a.answeredAt));
  expect(admitted).toBeLessThanOrEqual(LIMIT.burstLimit + Math.ceil((LIMIT.rateLimit * lastAnswerMs) / 1000));
  // And as many as an ideal bucket admits of the same arrivals, within 10% (on an idle machine: 10 + 20 * seconds).
  const ideal = idealAdmissions(admissions.map((a) => a.sentAt));
  const idealCount = ideal.filter(Boolean).length;
  expect(Math.abs(admitted - idealCount) / idealCount).toBeLessThan(0.1);
  // The steady rate alone: from the first refusal (the bucket was empty then) to the end.
  const emptyAt = admissions.findIndex((a) => a.status !== 200);
  expect(emptyAt).toBeGreaterThan(0);
  const steady = admissions.slice(emptyAt).filter((a) => a.status === 200).length;
  const idealSteady = ideal.slice(emptyAt).filter(Boolean).length;
  expect(Math.abs(steady - idealSteady) / idealSteady).toBeLessThan(0.1);
  // Offered above the rate for a while, or the test would prove nothing.
  expect(admissions.length - admitted).toBeGreaterThanOrEqual(20);
}

// One level at a time, so each has the test process's whole share of the machine.
describe("token buckets on the real clock: burst 10, then 20 a second, within 10%", () => {
  it.each([
    ["the plan's throttle for the key and method", () => gw.url("rateapi001", "keyed", "/method"), { "x-api-key": "rate-method-key-000000000" }],
    ["the plan's throttle for the key", () => gw.url("rateapi001", "keyed", "/plan"), { "x-api-key": "rate-plan-key-00000000000" }],
    ["the stage's method settings", () => gw.url("rateapi001", "staged", "/open"), {}],
    ["the account", () => accountGw.url("rateapi001", "keyed", "/open"), {}],
  ])("with %s", async (_, url: () => string, headers: Record<string, string>) => {
    const target = url();
    // A path no API has: it opens the connections without touching any bucket.
    const warmUpUrl = `${new URL(target).origin}/restapis/nosuchapi1/none/_user_request_/`;
    expectBurstThenRate(await measureAdmissions(target, { headers, durationMs: 2_000, minRefused: 20, maxDurationMs: 8_000, warmUpUrl, workers: 4 }));
  });
});
