/**
 * The LimitStore contract, run against every implementation (memory-limit-store.test.ts, redis-limit-store.test.ts):
 * both must decide the same requests the same way.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { quotaPeriodAt } from "../../../lib/domain/usage/quota-period";
import type { AdmitResult, BucketSpec, LimitStore, QuotaSpec } from "./limit-store";

export interface LimitStoreHarness {
  store: LimitStore;
  /** Removes whatever the store wrote (Redis: only this test's key prefix). */
  cleanup(): Promise<void>;
}

const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
const DAY = quotaPeriodAt({ period: "DAY", offset: 0 }, T0);
const NEXT_DAY = quotaPeriodAt({ period: "DAY", offset: 0 }, DAY.endMs);

const bucket = (id: string, rateLimit: number, burstLimit: number): BucketSpec => ({ id, rateLimit, burstLimit });
const quota = (limit: number, window = DAY, counterId = "plan1:key1"): QuotaSpec => ({ counterId, limit, window });

export function limitStoreCases(makeHarness: () => Promise<LimitStoreHarness>): void {
  let harness: LimitStoreHarness;
  beforeEach(async () => {
    harness = await makeHarness();
  });
  afterEach(async () => {
    await harness.cleanup();
    await harness.store.close();
  });

  async function admitMany(times: number, buckets: BucketSpec[], q: QuotaSpec | null, nowMs = T0): Promise<AdmitResult[]> {
    const results: AdmitResult[] = [];
    for (let i = 0; i < times; i++) results.push(await harness.store.admit({ buckets, quota: q, nowMs }));
    return results;
  }

  const count = (results: AdmitResult[], result: AdmitResult) => results.filter((r) => r === result).length;

  it("starts a bucket full: burstLimit requests pass at once, the next is throttled", async () => {
    const results = await admitMany(6, [bucket("b", 1, 5)], null);
    expect(results).toEqual(["admitted", "admitted", "admitted", "admitted", "admitted", "throttled"]);
  });

  it("refills rateLimit tokens per second, fractions included, and never above burstLimit", async () => {
    const b = bucket("b", 4, 3);
    expect(count(await admitMany(5, [b], null), "admitted")).toBe(3);
    // 500 ms at 4/s: two tokens.
    expect(count(await admitMany(5, [b], null, T0 + 500), "admitted")).toBe(2);
    // 100 ms: 0.4 of a token, not enough.
    expect(await harness.store.admit({ buckets: [b], quota: null, nowMs: T0 + 600 })).toBe("throttled");
    // 150 ms more makes 1.0.
    expect(await harness.store.admit({ buckets: [b], quota: null, nowMs: T0 + 750 })).toBe("admitted");
    // An hour idle: full again, but only burstLimit.
    expect(count(await admitMany(10, [b], null, T0 + 3_600_000), "admitted")).toBe(3);
  });

  it("takes no token from any bucket when one of them is empty", async () => {
    const wide = bucket("wide", 0, 10);
    const narrow = bucket("narrow", 0, 2);
    expect(await admitMany(3, [wide, narrow], null)).toEqual(["admitted", "admitted", "throttled"]);
    // wide gave 2 of its 10: 8 are left for requests that do not pass through narrow.
    expect(count(await admitMany(12, [wide], null), "admitted")).toBe(8);
  });

  it("refuses everything with rate 0 and burst 0", async () => {
    expect(count(await admitMany(3, [bucket("zero", 0, 0)], null), "throttled")).toBe(3);
    expect(await harness.store.admit({ buckets: [bucket("zero", 0, 0)], quota: null, nowMs: T0 + 86_400_000 })).toBe("throttled");
  });

  it("keeps a bucket's tokens when its limits change, capped at the new burstLimit", async () => {
    expect(count(await admitMany(4, [bucket("b", 0, 10)], null), "admitted")).toBe(4);
    // 6 left; a config lowering the burst to 3 caps them at 3.
    expect(count(await admitMany(5, [bucket("b", 0, 3)], null), "admitted")).toBe(3);
    // Raising it again does not give back tokens never refilled.
    expect(await harness.store.admit({ buckets: [bucket("b", 0, 10)], quota: null, nowMs: T0 })).toBe("throttled");
  });

  it("counts a quota up to its limit, then answers quota-exceeded without counting further", async () => {
    const results = await admitMany(5, [], quota(3));
    expect(results).toEqual(["admitted", "admitted", "admitted", "quota-exceeded", "quota-exceeded"]);
    // Lifting the limit to 4 admits exactly one more: refusals were not counted.
    expect(await admitMany(2, [], quota(4))).toEqual(["admitted", "quota-exceeded"]);
  });

  it("starts every quota period from zero and keeps counters apart per plan and key", async () => {
    expect(count(await admitMany(3, [], quota(2)), "admitted")).toBe(2);
    expect(count(await admitMany(3, [], quota(2, DAY, "plan1:key2")), "admitted")).toBe(2);
    expect(count(await admitMany(3, [], quota(2, NEXT_DAY), NEXT_DAY.startMs), "admitted")).toBe(2);
  });

  it("does not count a throttled request against the quota", async () => {
    const b = bucket("b", 0, 2);
    expect(await admitMany(4, [b], quota(3))).toEqual(["admitted", "admitted", "throttled", "throttled"]);
    expect(await admitMany(2, [], quota(3))).toEqual(["admitted", "quota-exceeded"]);
  });

  it("answers quota 0 with quota-exceeded", async () => {
    expect(await harness.store.admit({ buckets: [], quota: quota(0), nowMs: T0 })).toBe("quota-exceeded");
  });

  it("admits exactly the quota from concurrent requests", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => harness.store.admit({ buckets: [bucket("c", 0, 100)], quota: quota(25), nowMs: T0 })));
    expect(count(results, "admitted")).toBe(25);
    expect(count(results, "quota-exceeded")).toBe(15);
  });

  it("applies a quota adjustment once per id, to the period it names", async () => {
    expect(count(await admitMany(2, [], quota(10)), "admitted")).toBe(2);
    await harness.store.adjustQuota({ id: "adj1", counterId: "plan1:key1", window: DAY, used: 8, nowMs: T0 });
    expect(await admitMany(3, [], quota(10))).toEqual(["admitted", "admitted", "quota-exceeded"]);
    // The same adjustment again (every config carries it) changes nothing.
    await harness.store.adjustQuota({ id: "adj1", counterId: "plan1:key1", window: DAY, used: 8, nowMs: T0 });
    expect(await harness.store.admit({ buckets: [], quota: quota(10), nowMs: T0 })).toBe("quota-exceeded");
    // A new one resets it.
    await harness.store.adjustQuota({ id: "adj2", counterId: "plan1:key1", window: DAY, used: 0, nowMs: T0 });
    expect(count(await admitMany(12, [], quota(10)), "admitted")).toBe(10);
  });

  it("ignores an adjustment for a period that is over", async () => {
    await harness.store.adjustQuota({ id: "old", counterId: "plan1:key1", window: DAY, used: 5, nowMs: NEXT_DAY.startMs + 1 });
    expect(count(await admitMany(6, [], quota(5)), "admitted")).toBe(5);
  });
}
