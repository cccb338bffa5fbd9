import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestStep } from "../../../lib/domain/runtime-contract";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { integrationMethod, response } from "../test-support/integrations";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";
import { apiKey, keyRequired, withAccess } from "../test-support/access-config";
import { cachedStageSettings, withStageSettings } from "../test-support/cache";
import { createAccessPlugin } from "../limits/access-plugin";
import { createCachePlugin } from "../limits/cache/cache-plugin";
import { MemoryLogger } from "../ports/logger";

const KEY = "timeline-key-value-000000";

let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  backend = await startBackend((req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ url: req.url })));
  const api = snapshot("timeapi001", "d1", {
    "/pets/{id}": { GET: mockMethod('{"id": 1}') },
    "/orders": { POST: mockMethod("created") },
    "/proxied/{id}": { GET: proxyMethod(`${backend.origin}/backend/{id}`) },
    "/mapped": {
      POST: integrationMethod({
        type: "HTTP",
        httpMethod: "POST",
        uri: `${backend.origin}/items`,
        requestTemplates: { "application/json": '{"name": $input.json(\'$.name\')}' },
        integrationResponses: { "200": response("200", { responseTemplates: { "application/json": '{"seen": $input.json(\'$.url\')}' } }) },
      }),
    },
    "/keyed": { GET: keyRequired(mockMethod("keyed")) },
    "/cached": { GET: proxyMethod(`${backend.origin}/cached`) },
  });
  const plans = [{ id: "plan1", throttle: { rateLimit: 0.001, burstLimit: 1 }, apiStages: [{ apiId: "timeapi001", stage: "prod" }], keyIds: ["k1"] }];
  const config = withAccess(runtimeConfig("v1", [{ stageName: "prod", snapshot: api }, { stageName: "cached", snapshot: api }]), [apiKey("k1", KEY)], plans);
  const plugins = [
    createAccessPlugin({ logger: new MemoryLogger(), accountThrottle: { rateLimit: 10_000, burstLimit: 5_000 } }),
    createCachePlugin({ logger: new MemoryLogger() }),
  ];
  gw = await startGateway(withStageSettings(config, { cached: cachedStageSettings() }), { plugins });
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

async function invoke(path: string, init: Parameters<typeof call>[1] = {}, restApiId = "timeapi001", stage = "prod") {
  const res = await call(gw.url(restApiId, stage, path), init);
  const requestId = res.headers["x-amzn-requestid"] as string;
  await gw.gateway.telemetry.flush();
  await eventually(() => gw.sink.logs.some((log) => log.requestId === requestId));
  return { res, record: gw.sink.logs.find((log) => log.requestId === requestId)! };
}

/** The steps without their times, after checking the times are sane and in order. */
function steps(timeline: RequestStep[] | undefined) {
  let previousStart = -1;
  for (const step of timeline ?? []) {
    expect(step.startMs).toBeGreaterThanOrEqual(previousStart);
    expect(step.durationMs).toBeGreaterThanOrEqual(0);
    previousStart = step.startMs;
  }
  return (timeline ?? []).map(({ step, outcome, detail }) => ({ step, outcome, detail }));
}

describe("request timeline and route facts", () => {
  it("records routing and the MOCK integration", async () => {
    const { record } = await invoke("/pets/7");
    expect(steps(record.timeline)).toEqual([
      { step: "route", outcome: "ok", detail: "GET /pets/{id}" },
      // The access plugin checks the account's throttle on every method.
      { step: "throttle", outcome: "ok" },
      { step: "integration", outcome: "ok", detail: "MOCK 200" },
    ]);
    expect(record.route).toEqual({ stageFound: true, resourcePath: "/pets/{id}", httpMethod: "GET" });
    expect(record.errorMessage).toBeUndefined();
  });

  it("names the HTTP proxy's backend and status, without the query string", async () => {
    const { res, record } = await invoke("/proxied/9?secret=query-value");
    expect(res.status).toBe(200);
    expect(steps(record.timeline)).toEqual([
      { step: "route", outcome: "ok", detail: "GET /proxied/{id}" },
      { step: "throttle", outcome: "ok" },
      { step: "integration", outcome: "ok", detail: `HTTP_PROXY 200 from ${backend.origin}/backend/9` },
    ]);
    expect(JSON.stringify(record)).not.toContain("query-value");
  });

  it("explains a 403 Missing Authentication Token: the resource exists, only with POST", async () => {
    const { res, record } = await invoke("/orders");
    expect(res.status).toBe(403);
    expect(steps(record.timeline)).toEqual([{ step: "route", outcome: "stopped", detail: "GET is not a method of /orders" }]);
    expect(record.route).toEqual({ stageFound: true, resourcePath: "/orders", httpMethod: null, resourceMethods: ["POST"] });
    expect(record.errorMessage).toBe("Missing Authentication Token");

    const elsewhere = await invoke("/x", {}, "noapi00001");
    expect(elsewhere.record.route).toEqual({ stageFound: false, resourcePath: null, httpMethod: null });
    expect(steps(elsewhere.record.timeline)[0]).toMatchObject({ step: "route", outcome: "stopped" });
  });

  it("marks the request and response transformations around a mapped HTTP call", async () => {
    const { res, record } = await invoke("/mapped", { method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"rex"}' });
    expect(res.body).toBe('{"seen": "/items"}');
    expect(steps(record.timeline)).toEqual([
      { step: "route", outcome: "ok", detail: "POST /mapped" },
      { step: "throttle", outcome: "ok" },
      { step: "transformRequest", outcome: "ok", detail: "template for application/json" },
      { step: "integration", outcome: "ok", detail: `HTTP 200 from ${backend.origin}/items` },
      { step: "transformResponse", outcome: "ok", detail: "integration response 200, template for application/json" },
    ]);
  });

  it("records the API key check and the usage plan throttle, and where a request was stopped", async () => {
    const admitted = await invoke("/keyed", { headers: { "x-api-key": KEY } });
    expect(admitted.res.status).toBe(200);
    expect(steps(admitted.record.timeline)).toEqual([
      { step: "route", outcome: "ok", detail: "GET /keyed" },
      { step: "apiKey", outcome: "ok", detail: "key k1" },
      { step: "throttle", outcome: "ok", detail: "plan plan1" },
      { step: "integration", outcome: "ok", detail: "MOCK 200" },
    ]);
    // The plan's bucket holds one request and refills about once in 17 minutes.
    const throttled = await invoke("/keyed", { headers: { "x-api-key": KEY } });
    expect(throttled.res.status).toBe(429);
    expect(steps(throttled.record.timeline).slice(1)).toEqual([
      { step: "apiKey", outcome: "ok", detail: "key k1" },
      { step: "throttle", outcome: "stopped", detail: "throttled" },
    ]);
    expect(throttled.record.errorMessage).toBe("Too Many Requests");
    const keyless = await invoke("/keyed");
    expect(steps(keyless.record.timeline).slice(1)).toEqual([{ step: "apiKey", outcome: "stopped", detail: "no key" }]);
  });

  it("records a cache miss then a hit that skips the integration (after the stage's throttle)", async () => {
    const miss = await invoke("/cached", {}, "timeapi001", "cached");
    expect(steps(miss.record.timeline).map(({ step, outcome }) => `${step}:${outcome}`)).toEqual(["route:ok", "throttle:ok", "cache:miss", "integration:ok"]);
    const hit = await invoke("/cached", {}, "timeapi001", "cached");
    expect(steps(hit.record.timeline).map(({ step, outcome }) => `${step}:${outcome}`)).toEqual(["route:ok", "throttle:ok", "cache:hit"]);
  });
});
