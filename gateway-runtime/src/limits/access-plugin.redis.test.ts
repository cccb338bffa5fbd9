import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createAccessPlugin, type AccessPlugin } from "./access-plugin";
import { MemoryLogger } from "../ports/logger";
import { call, eventually, startGateway } from "../test-support/servers";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { apiKey, keyRequired, throttleSettings, withAccess, withStageSettings } from "../test-support/access-config";
import { deleteKeys } from "../test-support/redis-keys";
import type { ThrottleSettings } from "../../../lib/domain/runtime-contract";

const redisUrl = process.env.TEST_REDIS_URL;

const api = snapshot("sharedapi1", "d1", { "/t": { GET: mockMethod("t") }, "/q": { GET: keyRequired(mockMethod("q")) }, "/a": { GET: mockMethod("a") } });
const config = withStageSettings(
  withAccess(
    runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]),
    [apiKey("kshared", "shared-key-value-00000000")],
    [{ id: "pshared", quota: { limit: 10, offset: 0, period: "DAY" }, apiStages: [{ apiId: "sharedapi1", stage: "prod" }], keyIds: ["kshared"] }],
  ),
  "sharedapi1",
  "prod",
  throttleSettings({ "/t GET": { rateLimit: 0, burstLimit: 6 } }),
);

/** Two runtimes, each with its own access plugin, sharing one Redis under a prefix of their own. */
async function startPair(prefix: string, accountThrottle: ThrottleSettings) {
  const plugins: AccessPlugin[] = [];
  const gateways = await Promise.all(
    [0, 1].map(() => {
      // A generous timeout: this test is about sharing, and a loaded machine must not push a runtime onto local limits.
      const plugin = createAccessPlugin({ logger: new MemoryLogger(), redisUrl, redisKeyPrefix: prefix, redisTimeoutMs: 2_000, accountThrottle });
      plugins.push(plugin);
      return startGateway(config, { plugins: [plugin] });
    }),
  );
  expect(await eventually(() => plugins.every((plugin) => plugin.health().ok), 5_000)).toBe(true);
  return { gateways, plugins, close: () => Promise.all(gateways.map((gw) => gw.close())) };
}

/** `total` requests, alternating between the runtimes, 10 at a time; the answers by status and body. */
async function spread(pair: Awaited<ReturnType<typeof startPair>>, path: string, total: number, headers: Record<string, string> = {}) {
  const tally: Record<string, number> = {};
  for (let sent = 0; sent < total; sent += 10) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(10, total - sent) }, (_, i) => call(pair.gateways[(sent + i) % 2].url("sharedapi1", "prod", path), { headers })),
    );
    for (const res of answers) tally[`${res.status} ${res.body}`] = (tally[`${res.status} ${res.body}`] ?? 0) + 1;
  }
  return tally;
}

describe.skipIf(!redisUrl)("two runtimes on one Redis (TEST_REDIS_URL)", () => {
  const prefix = `portico:limits:test-${randomUUID()}:`;
  let client: Redis;
  let pair: Awaited<ReturnType<typeof startPair>>;
  let accountPair: Awaited<ReturnType<typeof startPair>>;
  beforeAll(async () => {
    client = new Redis(redisUrl!);
    pair = await startPair(`${prefix}a:`, { rateLimit: 10_000, burstLimit: 5_000 });
    accountPair = await startPair(`${prefix}b:`, { rateLimit: 0.001, burstLimit: 7 });
  });
  afterAll(async () => {
    await Promise.all([pair.close(), accountPair.close()]);
    await deleteKeys(client, prefix);
    await client.quit();
  });

  it("share one quota: a quota of 10 admits exactly 10 requests across both", async () => {
    const tally = await spread(pair, "/q", 30, { "x-api-key": "shared-key-value-00000000" });
    expect(tally).toEqual({ "200 q": 10, '429 {"message":"Limit Exceeded"}': 20 });
  });

  it("share one stage/method bucket: a burst of 6 admits exactly 6 across both", async () => {
    const tally = await spread(pair, "/t", 20);
    expect(tally).toEqual({ "200 t": 6, '429 {"message":"Too Many Requests"}': 14 });
  });

  it("share one account bucket", async () => {
    const tally = await spread(accountPair, "/a", 20);
    expect(tally).toEqual({ "200 a": 7, '429 {"message":"Too Many Requests"}': 13 });
  });
});
