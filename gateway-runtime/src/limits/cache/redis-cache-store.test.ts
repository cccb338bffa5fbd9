import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { cacheStoreCases } from "./cache-store.cases";
import { RedisCacheStore } from "./redis-cache-store";
import { deleteKeys } from "./redis-test-keys";

const url = process.env.TEST_REDIS_URL;
// One prefix per run: the cases never touch anyone else's keys, and never FLUSHALL.
const prefix = `portico:test:cache:${randomUUID()}:`;

describe.skipIf(!url)("RedisCacheStore", () => {
  const clients: Redis[] = [];
  afterAll(async () => {
    const client = new Redis(url!);
    await deleteKeys(client, prefix);
    await client.quit();
    await Promise.all(clients.map((c) => c.quit()));
  });

  cacheStoreCases("redis", async () => {
    const client = new Redis(url!);
    clients.push(client);
    return { store: new RedisCacheStore(client, `${prefix}${randomUUID()}:`), close: async () => undefined };
  });

  it("stores under the prefix with Redis's own expiry (SET PX)", async () => {
    const client = new Redis(url!);
    clients.push(client);
    const store = new RedisCacheStore(client, prefix);
    await store.set("ttl-check", { status: 200, headers: [], body: Buffer.from("x") }, 30_000);
    const ttl = await client.pttl(`${prefix}ttl-check`);
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it("treats a value it did not write as a miss", async () => {
    const client = new Redis(url!);
    clients.push(client);
    await client.set(`${prefix}foreign`, "not a cached response", "PX", 30_000);
    expect(await new RedisCacheStore(client, prefix).get("foreign")).toBeUndefined();
  });
});
