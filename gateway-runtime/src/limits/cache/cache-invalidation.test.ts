import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayResponseBody } from "../../../../lib/domain/gateway-responses";
import type { UnauthorizedCacheControlHeaderStrategy } from "../../../../lib/domain/stage-settings";
import { proxyMethod, runtimeConfig, snapshot } from "../../test-support/snapshots";
import { call, startGateway } from "../../test-support/servers";
import { cachedStageSettings, startCountingBackend, withStageSettings } from "../../test-support/cache";
import { createCachePlugin } from "./cache-plugin";
import { UNAUTHORIZED_INVALIDATION_WARNING } from "./cache-stages";
import { MemoryLogger } from "../../ports/logger";

const API = "cacheinv001";
const INVALIDATE = { "cache-control": "max-age=0" };
let backend: Awaited<ReturnType<typeof startCountingBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

const stages: Record<string, { requireAuthorizationForCacheControl: boolean; unauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy }> = {
  open: { requireAuthorizationForCacheControl: false, unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" },
  fail: { requireAuthorizationForCacheControl: true, unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" },
  warn: { requireAuthorizationForCacheControl: true, unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER" },
  quiet: { requireAuthorizationForCacheControl: true, unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITHOUT_RESPONSE_HEADER" },
};

beforeAll(async () => {
  backend = await startCountingBackend();
  const api = snapshot(API, "dep1", { "/items": { GET: proxyMethod(`${backend.origin}/items`) }, "/other": { GET: proxyMethod(`${backend.origin}/other`) } });
  const config = runtimeConfig("v1", Object.keys(stages).map((stageName) => ({ stageName, snapshot: api })));
  const settings = Object.fromEntries(Object.entries(stages).map(([name, setting]) => [name, cachedStageSettings(setting)]));
  gw = await startGateway(withStageSettings(config, settings), { plugins: [createCachePlugin({ logger: new MemoryLogger() })] });
});

afterAll(async () => {
  await gw?.close();
  await backend?.close();
});

async function measure(stage: string, path: string, headers: Record<string, string> = {}) {
  const before = backend.calls;
  const answer = await call(gw.url(API, stage, path), { headers });
  return { ...answer, backendCalls: backend.calls - before };
}

describe("Cache-Control: max-age=0", () => {
  it("refetches and replaces the entry when no authorization is required", async () => {
    const first = await measure("open", "/items");
    const invalidated = await measure("open", "/items", INVALIDATE);
    const after = await measure("open", "/items");
    expect(invalidated.backendCalls).toBe(1);
    expect(invalidated.body).not.toBe(first.body);
    expect(after.backendCalls).toBe(0);
    expect(after.body).toBe(invalidated.body);
    expect(invalidated.headers.warning).toBeUndefined();
  });

  it("finds max-age=0 among other directives and in any letter case, and ignores other directives", async () => {
    await measure("open", "/other");
    expect((await measure("open", "/other", { "Cache-Control": "no-transform, MAX-AGE=0" })).backendCalls).toBe(1);
    expect((await measure("open", "/other", { "cache-control": "no-cache" })).backendCalls).toBe(0);
    expect((await measure("open", "/other", { "cache-control": "max-age=10" })).backendCalls).toBe(0);
  });

  it("FAIL_WITH_403: an unauthorized caller gets AWS's 403 and the entry stays", async () => {
    const first = await measure("fail", "/items");
    const refused = await measure("fail", "/items", INVALIDATE);
    expect(refused.status).toBe(403);
    expect(refused.body).toBe(gatewayResponseBody("ACCESS_DENIED"));
    expect(refused.headers["x-amzn-errortype"]).toBeDefined();
    expect(refused.backendCalls).toBe(0);
    const after = await measure("fail", "/items");
    expect(after.backendCalls).toBe(0);
    expect(after.body).toBe(first.body);
  });

  it("SUCCEED_WITH_RESPONSE_HEADER: serves as usual and adds the warning header, on a hit and on a miss", async () => {
    const miss = await measure("warn", "/items", INVALIDATE);
    expect(miss.backendCalls).toBe(1);
    expect(miss.headers.warning).toBe(UNAUTHORIZED_INVALIDATION_WARNING);
    const hit = await measure("warn", "/items", INVALIDATE);
    expect(hit.backendCalls).toBe(0);
    expect(hit.body).toBe(miss.body);
    expect(hit.headers.warning).toBe(UNAUTHORIZED_INVALIDATION_WARNING);
    // The warning belongs to that answer, not to the stored entry.
    const plain = await measure("warn", "/items");
    expect(plain.backendCalls).toBe(0);
    expect(plain.headers.warning).toBeUndefined();
  });

  it("SUCCEED_WITHOUT_RESPONSE_HEADER: serves from the cache with no warning", async () => {
    const first = await measure("quiet", "/items");
    const ignored = await measure("quiet", "/items", INVALIDATE);
    expect(ignored.backendCalls).toBe(0);
    expect(ignored.status).toBe(200);
    expect(ignored.body).toBe(first.body);
    expect(ignored.headers.warning).toBeUndefined();
  });
});
