import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CACHED_ITEM_BYTES, methodSettingKey, DEFAULT_METHOD_SETTING } from "../../../../lib/domain/stage-settings";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../../test-support/snapshots";
import { integrationMethod, response } from "../../test-support/integrations";
import { call, eventually, startGateway } from "../../test-support/servers";
import { cachedStageSettings, startCountingBackend, withCacheKeys, withStageSettings } from "../../test-support/cache";
import { createCachePlugin } from "./cache-plugin";
import { MemoryLogger } from "../../ports/logger";

const API = "cacheapi01";
let backend: Awaited<ReturnType<typeof startCountingBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;
const big = Buffer.alloc(MAX_CACHED_ITEM_BYTES + 1, 97);
const exact = Buffer.alloc(MAX_CACHED_ITEM_BYTES, 98);

function buildConfig(version: string, generation = 0) {
  const origin = backend.origin;
  const api = snapshot(API, "dep1", {
    "/items": { GET: proxyMethod(`${origin}/items`), POST: proxyMethod(`${origin}/items`) },
    "/posted": { POST: proxyMethod(`${origin}/posted`) },
    "/http": { GET: integrationMethod({ type: "HTTP", httpMethod: "GET", uri: `${origin}/http`, integrationResponses: { "200": response("200") } }) },
    "/mock": { GET: mockMethod('{"requestId": "$context.requestId"}') },
    "/users": { GET: withCacheKeys(proxyMethod(`${origin}/users`), ["method.request.querystring.type"]) },
    "/tenants": { GET: withCacheKeys(proxyMethod(`${origin}/tenants`), ["method.request.header.X-Tenant"]) },
    "/pets/{id}": { GET: withCacheKeys(proxyMethod(`${origin}/pets/{id}`), ["method.request.path.id"]) },
    "/unkeyed/{id}": { GET: proxyMethod(`${origin}/unkeyed/{id}`) },
    "/big": { GET: proxyMethod(`${origin}/big`) },
    "/exact": { GET: proxyMethod(`${origin}/exact`) },
    "/chunked": { GET: proxyMethod(`${origin}/chunked`) },
    "/teapot": { GET: proxyMethod(`${origin}/teapot`) },
    "/short": { GET: proxyMethod(`${origin}/short`) },
    "/any": { ANY: proxyMethod(`${origin}/any`) },
  });
  const settings = cachedStageSettings({}, { cacheGeneration: generation });
  settings.methodSettings[methodSettingKey("/posted", "POST")] = { ...DEFAULT_METHOD_SETTING, cachingEnabled: true };
  settings.methodSettings[methodSettingKey("/short", "GET")] = { ...DEFAULT_METHOD_SETTING, cachingEnabled: true, cacheTtlInSeconds: 2 };
  const plain = cachedStageSettings({}, { cacheClusterEnabled: false });
  const ttlZero = cachedStageSettings({ cacheTtlInSeconds: 0 });
  return withStageSettings(
    runtimeConfig(version, [
      { stageName: "prod", snapshot: api },
      { stageName: "nocluster", snapshot: api },
      { stageName: "ttlzero", snapshot: api },
    ]),
    { prod: settings, nocluster: plain, ttlzero: ttlZero },
  );
}

beforeAll(async () => {
  backend = await startCountingBackend((req, res, n) => {
    const url = req.url ?? "";
    if (url.startsWith("/big")) return void res.writeHead(200, { "content-type": "text/plain" }).end(big);
    if (url.startsWith("/exact")) return void res.writeHead(200, { "content-type": "text/plain", "x-call": String(n) }).end(exact);
    if (url.startsWith("/teapot")) return void res.writeHead(418, { "content-type": "text/plain" }).end(`teapot ${n}`);
    if (url.startsWith("/chunked")) {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write(`part one of call ${n}, `);
      return void setTimeout(() => res.end("part two"), 5);
    }
    res.writeHead(200, { "content-type": "application/json", "x-backend-call": String(n) });
    res.end(JSON.stringify({ call: n, method: req.method, url, tenant: req.headers["x-tenant"] ?? null }));
  });
  gw = await startGateway(buildConfig("v1"), { plugins: [createCachePlugin({ logger: new MemoryLogger() })] });
});

afterAll(async () => {
  await gw?.close();
  await backend?.close();
});

/** Calls the path and reports the answer and how many backend calls it caused. */
async function measure(path: string, init: Parameters<typeof call>[1] = {}, stage = "prod") {
  const before = backend.calls;
  const answer = await call(gw.url(API, stage, path), init);
  return { ...answer, backendCalls: backend.calls - before };
}

describe("response cache (memory)", () => {
  it("answers a repeated HTTP_PROXY GET from the cache: same status, headers and body, no backend call", async () => {
    const first = await measure("/items");
    const second = await measure("/items");
    expect(first.status).toBe(200);
    expect(first.backendCalls).toBe(1);
    expect(second.backendCalls).toBe(0);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers["x-backend-call"]).toBe(first.headers["x-backend-call"]);
    expect(second.headers["content-type"]).toBe("application/json");
    // Each answer still carries its own request ids.
    expect(second.headers["x-amzn-requestid"]).not.toBe(first.headers["x-amzn-requestid"]);
  });

  it("caches a chunked backend answer whole, with a length", async () => {
    const first = await measure("/chunked");
    const second = await measure("/chunked");
    expect(first.body).toMatch(/^part one of call \d+, part two$/);
    expect(second.backendCalls).toBe(0);
    expect(second.body).toBe(first.body);
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength(first.body)));
  });

  it("caches an HTTP integration's answer", async () => {
    const first = await measure("/http");
    const second = await measure("/http");
    expect(first.backendCalls).toBe(1);
    expect(second.backendCalls).toBe(0);
    expect(second.body).toBe(first.body);
  });

  it("caches a MOCK integration's answer: the template that names the request id does not run again", async () => {
    const first = await call(gw.url(API, "prod", "/mock"));
    const second = await call(gw.url(API, "prod", "/mock"));
    expect(JSON.parse(first.body).requestId).toBe(first.headers["x-amzn-requestid"]);
    expect(second.body).toBe(first.body);
    expect(second.headers["x-amzn-requestid"]).not.toBe(first.headers["x-amzn-requestid"]);
  });

  it("caches the integration's answer whatever its status, as AWS does", async () => {
    const first = await measure("/teapot");
    const second = await measure("/teapot");
    expect(first.status).toBe(418);
    expect(second.status).toBe(418);
    expect(second.backendCalls).toBe(0);
    expect(second.body).toBe(first.body);
  });

  it("keeps separate entries per query string cache key and ignores other parameters", async () => {
    const admin = await measure("/users?type=admin&department=A");
    const adminAgain = await measure("/users?type=admin&department=B");
    const regular = await measure("/users?type=regular&department=A");
    expect(admin.backendCalls).toBe(1);
    expect(adminAgain.backendCalls).toBe(0);
    expect(adminAgain.body).toBe(admin.body);
    expect(regular.backendCalls).toBe(1);
    expect(regular.body).not.toBe(admin.body);
  });

  it("keeps separate entries per header cache key, names compared case-insensitively", async () => {
    const a = await measure("/tenants", { headers: { "x-tenant": "a" } });
    const aAgain = await measure("/tenants", { headers: { "X-Tenant": "a" } });
    const b = await measure("/tenants", { headers: { "x-tenant": "b" } });
    const none = await measure("/tenants");
    expect(aAgain.backendCalls).toBe(0);
    expect(JSON.parse(aAgain.body).tenant).toBe("a");
    expect(b.backendCalls).toBe(1);
    expect(JSON.parse(b.body).tenant).toBe("b");
    expect(none.backendCalls).toBe(1);
    expect(a.backendCalls).toBe(1);
  });

  it("keeps separate entries per path cache key; without one, every path value shares the entry (AWS)", async () => {
    const one = await measure("/pets/1");
    const two = await measure("/pets/2");
    const oneAgain = await measure("/pets/1");
    expect([one.backendCalls, two.backendCalls, oneAgain.backendCalls]).toEqual([1, 1, 0]);
    expect(JSON.parse(two.body).url).toBe("/pets/2");
    const x = await measure("/unkeyed/x");
    const y = await measure("/unkeyed/y");
    expect(y.backendCalls).toBe(0);
    expect(JSON.parse(y.body).url).toBe("/unkeyed/x");
    expect(x.backendCalls).toBe(1);
  });

  it("does not cache non-GET methods through */*, and caches one whose own setting enables it", async () => {
    const posts = [await measure("/items", { method: "POST", body: "{}" }), await measure("/items", { method: "POST", body: "{}" })];
    expect(posts.map((p) => p.backendCalls)).toEqual([1, 1]);
    const own = [await measure("/posted", { method: "POST", body: "{}" }), await measure("/posted", { method: "POST", body: "{}" })];
    expect(own.map((p) => p.backendCalls)).toEqual([1, 0]);
  });

  it("caches an ANY method's GET requests through */*, each method apart, and not its other methods", async () => {
    const gets = [await measure("/any"), await measure("/any")];
    expect(gets.map((g) => g.backendCalls)).toEqual([1, 0]);
    const deletes = [await measure("/any", { method: "DELETE" }), await measure("/any", { method: "DELETE" })];
    expect(deletes.map((d) => d.backendCalls)).toEqual([1, 1]);
    expect(JSON.parse(deletes[1].body).method).toBe("DELETE");
  });

  it("does not cache without a cache cluster, nor with a TTL of 0", async () => {
    for (const stage of ["nocluster", "ttlzero"]) {
      const calls = [await measure("/items", {}, stage), await measure("/items", {}, stage)];
      expect(calls.map((c) => c.backendCalls)).toEqual([1, 1]);
    }
  });

  it("stores a body of exactly 1 MB, and passes a larger one through uncached and whole", async () => {
    const exact1 = await measure("/exact");
    const exact2 = await measure("/exact");
    expect(exact1.body.length).toBe(MAX_CACHED_ITEM_BYTES);
    expect(exact2.backendCalls).toBe(0);
    expect(exact2.body.length).toBe(MAX_CACHED_ITEM_BYTES);
    const big1 = await measure("/big");
    const big2 = await measure("/big");
    expect([big1.backendCalls, big2.backendCalls]).toEqual([1, 1]);
    expect(big1.body.length).toBe(big.length);
    expect(big2.body).toBe(big.toString());
    expect(big2.headers["x-amzn-requestid"]).toBeTruthy();
  });

  it("forgets an entry after its TTL", async () => {
    const startedAt = Date.now();
    const first = await measure("/short");
    const second = await measure("/short");
    expect(first.backendCalls).toBe(1);
    // Within the 2 s TTL the next call is a hit (unless a stalled machine already took that long).
    if (Date.now() - startedAt < 1_500) expect(second.backendCalls).toBe(0);
    const refetched = await eventually(async () => (await measure("/short")).backendCalls === 1, 8_000);
    expect(refetched).toBe(true);
  });

  it("misses every entry after FlushStageCache bumps the generation", async () => {
    await measure("/items");
    expect((await measure("/items")).backendCalls).toBe(0);
    gw.source.set(buildConfig("v2", 1));
    await gw.gateway.reload();
    expect(gw.gateway.activeVersion()).toBe("v2");
    const afterFlush = await measure("/items");
    expect(afterFlush.backendCalls).toBe(1);
    expect((await measure("/items")).backendCalls).toBe(0);
  });

  it("records hits and misses in the stage's metrics", async () => {
    const stage = "prod";
    await measure("/tenants", { headers: { "x-tenant": "metrics" } });
    await measure("/tenants", { headers: { "x-tenant": "metrics" } });
    await measure("/tenants", { headers: { "x-tenant": "metrics" } });
    const counted = () => {
      let hits = 0;
      let misses = 0;
      let count = 0;
      for (const batch of gw.sink.batches) {
        for (const delta of batch.metrics) {
          if (delta.stageName !== stage || delta.resourcePath !== "/tenants") continue;
          hits += delta.cacheHitCount ?? 0;
          misses += delta.cacheMissCount ?? 0;
          count += delta.count;
        }
      }
      return { hits, misses, count };
    };
    // Earlier tests made 4 requests to /tenants here (3 misses, 1 hit), this one 3 (1 miss, 2 hits).
    expect(await eventually(() => counted().count >= 7, 5_000)).toBe(true);
    expect(counted()).toEqual({ hits: 3, misses: 4, count: 7 });
    const logs = gw.sink.batches.flatMap((batch) => batch.logs).filter((log) => log.resourcePath === "/tenants");
    expect(logs.filter((log) => log.cacheStatus === "hit")).toHaveLength(3);
    const uncached = gw.sink.batches.flatMap((batch) => batch.logs).filter((log) => log.stageName === "nocluster");
    expect(uncached.length).toBeGreaterThan(0);
    expect(uncached.every((log) => log.cacheStatus === undefined)).toBe(true);
  });
});
