import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { limitStoreCases } from "./limit-store.cases";
import { LuaScript, RedisLimitStore } from "./redis-limit-store";
import { deleteKeys, listKeys } from "../test-support/redis-keys";

const url = process.env.TEST_REDIS_URL;

describe.skipIf(!url)("RedisLimitStore", () => {
  let client: Redis;
  const runPrefix = `portico:limits:test-${randomUUID()}:`;
  beforeAll(() => {
    client = new Redis(url!);
  });
  afterAll(async () => {
    await deleteKeys(client, runPrefix);
    await client.quit();
  });

  let n = 0;
  limitStoreCases(async () => {
    const prefix = `${runPrefix}${n++}:`;
    return { store: new RedisLimitStore(client, prefix), cleanup: () => deleteKeys(client, prefix) };
  });

  it("keeps its keys under the prefix, with buckets expiring once refilled and quotas after their period", async () => {
    const prefix = `${runPrefix}ttl:`;
    const store = new RedisLimitStore(client, prefix);
    const now = Date.now();
    const window = { startMs: now - 1_000, endMs: now + 60_000 };
    await store.admit({ buckets: [{ id: "b", rateLimit: 10, burstLimit: 5 }], quota: { counterId: "p:k", limit: 5, window }, nowMs: now });
    const keys = (await listKeys(client, prefix)).sort();
    expect(keys).toEqual([`${prefix}b:b`, `${prefix}q:p:k:${window.startMs}`]);
    // One token short at 10/s: 100 ms, plus the second of slack.
    const bucketTtl = await client.pttl(`${prefix}b:b`);
    expect(bucketTtl).toBeGreaterThan(0);
    expect(bucketTtl).toBeLessThanOrEqual(1_100);
    const quotaTtl = await client.pttl(`${prefix}q:p:k:${window.startMs}`);
    expect(quotaTtl).toBeGreaterThan(60_000);
    expect(quotaTtl).toBeLessThanOrEqual(60_000 + 3_600_000);
    await deleteKeys(client, prefix);
  });

  it("loads a script with EVAL when Redis does not know its SHA yet", async () => {
    // A source no Redis has seen: EVALSHA answers NOSCRIPT first (never SCRIPT FLUSH: the Redis is shared).
    const script = new LuaScript(`return ARGV[1] .. ':' .. KEYS[1] -- ${randomUUID()}`);
    expect(await script.run(client, ["k"], ["v"])).toBe("v:k");
    expect(await script.run(client, ["k2"], ["v2"])).toBe("v2:k2");
  });
});
