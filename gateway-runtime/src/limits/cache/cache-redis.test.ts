import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CACHED_ITEM_BYTES } from "../../../../lib/domain/stage-settings";
import { MemoryLogger } from "../../ports/logger";
import { proxyMethod, runtimeConfig, snapshot } from "../../test-support/snapshots";
import { call, eventually, startGateway } from "../../test-support/servers";
import { cachedStageSettings, startCountingBackend, withCacheKeys, withStageSettings } from "../../test-support/cache";
import { createCachePlugin, type CachePlugin } from "./cache-plugin";
import { deleteKeys } from "./redis-test-keys";

const API = "cacheredis1";
const url = process.env.TEST_REDIS_URL;
const png = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7 + 13) % 256));
const big = Buffer.alloc(MAX_CACHED_ITEM_BYTES + 1, 99);

let backend: Awaited<ReturnType<typeof startCountingBackend>>;

beforeAll(async () => {
  backend = await startCountingBackend((req, res, n) => {
    if (req.url?.startsWith("/image")) return void res.writeHead(200, { "content-type": "image/png", "x-call": String(n) }).end(png);
    if (req.url?.startsWith("/big")) return void res.writeHead(200, { "content-type": "text/plain" }).end(big);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ call: n, url: req.url }));
  });
});
afterAll(async () => {
  await backend?.close();
});

function buildConfig(version: string, generation: number) {
  const origin = backend.origin;
  const api = snapshot(API, "dep1", {
    "/items": { GET: withCacheKeys(proxyMethod(`${origin}/items`), ["method.request.querystring.q"]) },
    "/image": { GET: proxyMethod(`${origin}/image`) },
    "/big": { GET: proxyMethod(`${origin}/big`) },
    "/short": { GET: proxyMethod(`${origin}/short`) },
  });
  const settings = cachedStageSettings({ requireAuthorizationForCacheControl: false }, { cacheGeneration: generation });
  settings.methodSettings["~1short/GET"] = { ...settings.methodSettings["*/*"], cacheTtlInSeconds: 2 };
  return withStageSettings(runtimeConfig(version, [{ stageName: "prod", snapshot: api }]), { prod: settings });
}

describe.skipIf(!url)("response cache in Redis, shared by two gateways", () => {
  const prefix = `portico:test:cache:${randomUUID()}:`;
  const gateways: Awaited<ReturnType<typeof startGateway>>[] = [];
  const plugins: CachePlugin[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const plugin = createCachePlugin({ logger: new MemoryLogger(), redisUrl: url, redisKeyPrefix: prefix });
      plugins.push(plugin);
      gateways.push(await startGateway(buildConfig("v1", 0), { plugins: [plugin] }));
    }
    // Until Redis is connected the cache is bypassed (misses, nothing stored): wait for both connections.
    expect(await eventually(() => plugins.every((plugin) => plugin.health().ok), 5_000)).toBe(true);
  });

  afterAll(async () => {
    await Promise.all(gateways.map((gw) => gw.close()));
    const client = new Redis(url!);
    await deleteKeys(client, prefix);
    await client.quit();
  });

  async function measure(gateway: number, path: string, headers: Record<string, string> = {}) {
    const before = backend.calls;
    const answer = await call(gateways[gateway].url(API, "prod", path), { headers });
    return { ...answer, backendCalls: backend.calls - before };
  }

  it("an entry one gateway stored answers the other without a backend call", async () => {
    const first = await measure(0, "/items?q=shared");
    expect(first.backendCalls).toBe(1);
    // The store is written after the answer; poll the other gateway until it sees the entry.
    let hit: Awaited<ReturnType<typeof measure>> | null = null;
    expect(
      await eventually(async () => {
        hit = await measure(1, "/items?q=shared");
        return hit.backendCalls === 0;
      }, 5_000),
    ).toBe(true);
    expect(hit!.body).toBe(first.body);
    expect((await measure(1, "/items?q=other")).backendCalls).toBe(1);
  });

  it("keeps binary bodies and headers byte for byte", async () => {
    const first = await call(gateways[0].url(API, "prod", "/image"));
    expect(first.status).toBe(200);
    const before = backend.calls;
    let body: Buffer | null = null;
    let headers: Record<string, string | string[] | undefined> = {};
    await eventually(async () => {
      const response = await fetch(gateways[1].url(API, "prod", "/image"));
      body = Buffer.from(await response.arrayBuffer());
      headers = Object.fromEntries(response.headers);
      return backend.calls === before;
    }, 5_000);
    expect(backend.calls).toBe(before);
    expect(body && Buffer.compare(body, png)).toBe(0);
    expect(headers["content-type"]).toBe("image/png");
  });

  it("does not store a body over 1 MB", async () => {
    const calls = [await measure(0, "/big"), await measure(1, "/big"), await measure(0, "/big")];
    expect(calls.map((c) => c.backendCalls)).toEqual([1, 1, 1]);
    expect(calls[2].body.length).toBe(big.length);
  });

  it("lets an entry expire with its TTL", async () => {
    const startedAt = Date.now();
    await measure(0, "/short");
    const second = await measure(0, "/short");
    // Within the 2 s TTL the next call is a hit (unless a stalled machine already took that long).
    if (Date.now() - startedAt < 1_500) expect(second.backendCalls).toBe(0);
    expect(await eventually(async () => (await measure(1, "/short")).backendCalls === 1, 8_000)).toBe(true);
  });

  it("Cache-Control: max-age=0 on one gateway replaces the entry for both", async () => {
    const first = await measure(0, "/items?q=refresh");
    await eventually(async () => (await measure(1, "/items?q=refresh")).backendCalls === 0, 5_000);
    const refreshed = await measure(1, "/items?q=refresh", { "cache-control": "max-age=0" });
    expect(refreshed.backendCalls).toBe(1);
    expect(refreshed.body).not.toBe(first.body);
    expect(await eventually(async () => (await measure(0, "/items?q=refresh")).body === refreshed.body, 5_000)).toBe(true);
  });

  it("a flush (new cache generation) reaches both gateways", async () => {
    await measure(0, "/items?q=flush");
    await eventually(async () => (await measure(1, "/items?q=flush")).backendCalls === 0, 5_000);
    for (const gw of gateways) {
      gw.source.set(buildConfig("v2", 1));
      await gw.gateway.reload();
    }
    expect((await measure(1, "/items?q=flush")).backendCalls).toBe(1);
  });
});

describe("response cache with Redis unreachable", () => {
  it("serves every request from the integration, reports it in health and logs it once", async () => {
    const logger = new MemoryLogger();
    // Port 1 refuses connections: Redis is down from the start.
    const plugin = createCachePlugin({ logger, redisUrl: "redis://127.0.0.1:1", redisKeyPrefix: `portico:test:cache:${randomUUID()}:` });
    const gw = await startGateway(buildConfig("v1", 0), { plugins: [plugin] });
    try {
      expect(await eventually(() => plugin.health().detail?.includes("unreachable") === true, 5_000)).toBe(true);
      const before = backend.calls;
      for (let i = 0; i < 3; i++) {
        const answer = await call(gw.url(API, "prod", "/items?q=down"));
        expect(answer.status).toBe(200);
      }
      expect(backend.calls - before).toBe(3);
      expect(plugin.health().ok).toBe(false);
      expect(logger.lines.filter((line) => line.message.startsWith("Redis unreachable"))).toHaveLength(1);
      const misses = () => gw.sink.batches.flatMap((batch) => batch.logs).filter((log) => log.cacheStatus === "miss").length;
      await eventually(() => misses() >= 3, 5_000);
      expect(misses()).toBe(3);
    } finally {
      await gw.close();
    }
  });
});
