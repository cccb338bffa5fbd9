import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessPlugin } from "./access-plugin";
import { ManualClock } from "./limits-clock";
import { MemoryLogger } from "../ports/logger";
import { call, eventually, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, bump, keyRequired, withAccess } from "../test-support/access-config";
import type { RuntimeUsagePlan } from "../../../lib/domain/runtime-contract";

const LIMIT_EXCEEDED = '{"message":"Limit Exceeded"}';
// Wednesday 2025-06-11 12:00 UTC.
const NOON = Date.UTC(2025, 5, 11, 12);
const clock = new ManualClock(NOON);

const api = snapshot("quotaapi01", "d1", { "/q": { GET: keyRequired(mockMethod("q")) }, "/w": { GET: keyRequired(mockMethod("w")) } });
const stages = runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]);
const keys = [
  apiKey("kday", "quota-day-key-00000000000"),
  apiKey("kweek", "quota-week-key-0000000000"),
  apiKey("kthr", "quota-throttled-key-00000"),
  apiKey("kfree", "quota-free-key-0000000000"),
];
const dayPlan: RuntimeUsagePlan = { id: "pday", quota: { limit: 5, offset: 0, period: "DAY" }, apiStages: [{ apiId: "quotaapi01", stage: "prod" }], keyIds: ["kday"] };
// WEEK, offset 1: the week starts on Monday.
const weekPlan: RuntimeUsagePlan = { id: "pweek", quota: { limit: 3, offset: 1, period: "WEEK" }, apiStages: [{ apiId: "quotaapi01", stage: "prod" }], keyIds: ["kweek"] };
const throttledPlan: RuntimeUsagePlan = {
  id: "pthr",
  throttle: { rateLimit: 1, burstLimit: 3 },
  quota: { limit: 5, offset: 0, period: "DAY" },
  apiStages: [{ apiId: "quotaapi01", stage: "prod" }],
  keyIds: ["kthr"],
};
// No quota at all: requests are still usage (AWS's GetUsage lists them).
const freePlan: RuntimeUsagePlan = { id: "pfree", apiStages: [{ apiId: "quotaapi01", stage: "prod" }], keyIds: ["kfree"] };
const config = withAccess(stages, keys, [dayPlan, weekPlan, throttledPlan, freePlan]);

let gw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  const plugin = createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 }, clock });
  gw = await startGateway(config, { plugins: [plugin] });
});
afterAll(() => gw.close());

const DAY_KEY = { "x-api-key": "quota-day-key-00000000000" };
const WEEK_KEY = { "x-api-key": "quota-week-key-0000000000" };
const THROTTLED_KEY = { "x-api-key": "quota-throttled-key-00000" };

async function statuses(times: number, headers: Record<string, string>, path = "/q"): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const res = await call(gw.url("quotaapi01", "prod", path), { headers });
    if (res.status === 429 && res.body === LIMIT_EXCEEDED) expect(res.headers["x-amzn-errortype"]).toBe("LimitExceededException");
    out.push(res.status === 429 ? (res.body === LIMIT_EXCEEDED ? -1 : 429) : res.status);
  }
  return out;
}
// -1 below stands for 429 Limit Exceeded, 429 for 429 Too Many Requests.

describe("usage plan quotas (injected clock)", () => {
  it("answers 429 Limit Exceeded once the key used its quota, across the plan's methods, until the period ends", async () => {
    expect(await statuses(3, DAY_KEY, "/q")).toEqual([200, 200, 200]);
    expect(await statuses(3, DAY_KEY, "/w")).toEqual([200, 200, -1]);
    clock.set(Date.UTC(2025, 5, 11, 23, 59, 59, 999));
    expect(await statuses(1, DAY_KEY)).toEqual([-1]);
    // The UTC day's edge.
    clock.set(Date.UTC(2025, 5, 12));
    expect(await statuses(6, DAY_KEY)).toEqual([200, 200, 200, 200, 200, -1]);
  });

  it("starts a WEEK quota on the day its offset names", async () => {
    clock.set(Date.UTC(2025, 5, 15, 12)); // Sunday
    expect(await statuses(4, WEEK_KEY)).toEqual([200, 200, 200, -1]);
    clock.set(Date.UTC(2025, 5, 15, 23, 59)); // still Sunday: last week's period
    expect(await statuses(1, WEEK_KEY)).toEqual([-1]);
    clock.set(Date.UTC(2025, 5, 16, 0, 0)); // Monday
    expect(await statuses(4, WEEK_KEY)).toEqual([200, 200, 200, -1]);
  });

  it("counts no throttled request against the quota", async () => {
    clock.set(Date.UTC(2025, 5, 20, 8));
    expect(await statuses(5, THROTTLED_KEY)).toEqual([200, 200, 200, 429, 429]);
    clock.advance(3_000);
    // 3 counted so far: 2 more fit in the quota of 5, the third token meets the full quota.
    expect(await statuses(4, THROTTLED_KEY)).toEqual([200, 200, -1, 429]);
  });

  it("reports usage for admitted requests only, per plan, key and day", async () => {
    // The usage day is the UTC day the request arrived on (real time); summed over days, should the run straddle one.
    const counted = (planId: string, keyId: string) =>
      gw.sink.batches
        .flatMap((batch) => batch.usage ?? [])
        .filter((u) => u.usagePlanId === planId && u.keyId === keyId)
        .reduce((sum, u) => sum + u.count, 0);
    // Every request admitted so far, none of the refused ones.
    const all = () => [counted("pday", "kday"), counted("pweek", "kweek"), counted("pthr", "kthr")];
    await eventually(() => all().join() === "10,6,5");
    expect(all()).toEqual([10, 6, 5]);
    expect(gw.sink.batches.flatMap((batch) => batch.usage ?? []).every((u) => /^\d{4}-\d{2}-\d{2}$/.test(u.day))).toBe(true);
    await call(gw.url("quotaapi01", "prod", "/q"), { headers: { "x-api-key": "nobody" } });
    await gw.gateway.telemetry.flush();
    expect(gw.sink.batches.flatMap((batch) => batch.usage ?? []).every((u) => u.count > 0 && ["kday", "kweek", "kthr"].includes(u.keyId))).toBe(true);
    expect(counted("pday", "kday")).toBe(10);
  });

  it("reports usage for a plan without a quota too", async () => {
    const free = () =>
      gw.sink.batches
        .flatMap((batch) => batch.usage ?? [])
        .filter((u) => u.usagePlanId === "pfree" && u.keyId === "kfree")
        .reduce((sum, u) => sum + u.count, 0);
    expect(await statuses(4, { "x-api-key": "quota-free-key-0000000000" })).toEqual([200, 200, 200, 200]);
    await eventually(() => free() === 4);
    expect(free()).toBe(4);
  });

  it("applies UpdateUsage's adjustments once each, to the current period only", async () => {
    clock.set(Date.UTC(2025, 6, 1, 10));
    const periodStart = new Date(Date.UTC(2025, 6, 1)).toISOString();
    const yesterday = new Date(Date.UTC(2025, 5, 30)).toISOString();
    const adjusted = (version: string, adjustments: RuntimeUsagePlan["quotaAdjustments"]) =>
      bump(config, version, { usagePlans: [{ ...dayPlan, quotaAdjustments: adjustments }, weekPlan, throttledPlan] });
    expect(await statuses(1, DAY_KEY)).toEqual([200]);
    gw.source.set(adjusted("a1", [{ id: "adj-1", keyId: "kday", periodStart, used: 3 }, { id: "adj-old", keyId: "kday", periodStart: yesterday, used: 0 }]));
    await gw.gateway.reload();
    expect(await statuses(3, DAY_KEY)).toEqual([200, 200, -1]);
    // Every later config carries the same adjustment: it is not applied again.
    gw.source.set(adjusted("a2", [{ id: "adj-1", keyId: "kday", periodStart, used: 3 }]));
    await gw.gateway.reload();
    expect(await statuses(1, DAY_KEY)).toEqual([-1]);
    gw.source.set(adjusted("a3", [{ id: "adj-1", keyId: "kday", periodStart, used: 3 }, { id: "adj-2", keyId: "kday", periodStart, used: 1 }]));
    await gw.gateway.reload();
    expect(await statuses(5, DAY_KEY)).toEqual([200, 200, 200, 200, -1]);
  });
});
