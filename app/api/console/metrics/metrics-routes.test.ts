/**
 * The dashboards' routes on a migrated SQLite database, called as Next.js calls them; only the session is faked.
 * Traffic comes from a real gateway runtime, so the answer's numbers are the runtime's own.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call as callGateway, startGateway } from "@/gateway-runtime/src/test-support/servers";
import { createDeployment } from "@/lib/services/deployments/create-deployment";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putIntegrationResponse } from "@/lib/services/integrations/put-integration-response";
import { putMethod } from "@/lib/services/methods/put-method";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { getRuntimeConfig } from "@/lib/services/runtime/get-runtime-config";
import { ingestTelemetry } from "@/lib/services/runtime/ingest-telemetry";
import { useTestDatabase } from "@/lib/services/testing/test-database";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const metrics = await import("./route");
const overview = await import("./overview/route");

type Json = Record<string, unknown> & { error?: { code: string; message: string } };
type Handler = (request: NextRequest, context: { params: Promise<Record<string, never>> }) => Promise<Response>;

async function get(handler: Handler, query: string): Promise<{ status: number; json: Json }> {
  const response = await handler(new NextRequest(`http://console.test/api/console/metrics${query}`), { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as Json };
}

describe("console metrics routes (SQLite)", () => {
  let cleanup: (() => Promise<void>) | undefined;
  let apiId = "";
  let quietId = "";

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase("sqlite"));
    const api = await createRestApi({ name: "dashboard" });
    apiId = api.id;
    quietId = (await createRestApi({ name: "quiet" })).id;
    await putMethod(apiId, api.rootResourceId, "GET", { authorizationType: "NONE" });
    await putIntegration(apiId, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await putIntegrationResponse(apiId, api.rootResourceId, "GET", "200", { responseTemplates: { "application/json": "ok" } });
    await createDeployment(apiId, { stageName: "prod" });
    const gw = await startGateway(await getRuntimeConfig(), { flushIntervalMs: 60_000 });
    try {
      for (let i = 0; i < 3; i++) expect((await callGateway(gw.url(apiId, "prod", "/"))).status).toBe(200);
      expect((await callGateway(gw.url(apiId, "prod", "/nowhere"))).status).toBe(403);
      await gw.gateway.telemetry.flush();
      for (const batch of gw.sink.batches) await ingestTelemetry({ ...batch, runtimeId: "test" });
    } finally {
      await gw.close();
    }
  }, 60_000);
  afterAll(() => cleanup?.());

  it("answers the last hour by the minute by default, with the gateway's requests in it", async () => {
    const { status, json } = await get(metrics.GET, `?apiId=${apiId}`);
    expect(status).toBe(200);
    expect(json.resolutionSeconds).toBe(60);
    const series = json.series as { count: number; latency: { max: number } | null }[];
    expect(series).toHaveLength(60);
    expect(json.totals).toMatchObject({ count: 4, error4xx: 1, error5xx: 0 });
    expect((json.top as { byRequests: { httpMethod: string; count: number }[] }).byRequests[0]).toMatchObject({ httpMethod: "GET", count: 3 });
    const narrowed = await get(metrics.GET, `?apiId=${apiId}&stage=prod&httpMethod=get&resourcePath=/&canary=false`);
    expect(narrowed.json.totals).toMatchObject({ count: 3, error4xx: 0 });
  });

  it("draws ranges over a day by the hour, and takes an explicit from and to", async () => {
    const week = await get(metrics.GET, `?apiId=${apiId}&range=7d`);
    expect([week.json.resolutionSeconds, (week.json.series as unknown[]).length]).toEqual([3600, 168]);
    expect(week.json.totals).toMatchObject({ count: 4 });
    const now = Date.now();
    const from = new Date(now - 10 * 60_000).toISOString();
    const to = new Date(now).toISOString();
    const explicit = await get(metrics.GET, `?apiId=${apiId}&from=${from}&to=${to}`);
    expect(explicit.json).toMatchObject({ from, to, resolutionSeconds: 60 });
    expect((explicit.json.series as unknown[]).length).toBe(11);
  });

  it("refuses unreadable queries with a message for people, and unknown APIs and stages with 404", async () => {
    const cases: [string, number, string][] = [
      ["", 400, "apiId: name the API"],
      [`?apiId=${apiId}&range=2w`, 400, "range: use one of 15m, 1h"],
      [`?apiId=${apiId}&from=2026-01-01T00:00:00Z`, 400, "to: give both from and to"],
      [`?apiId=${apiId}&range=1h&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z`, 400, "range: give either a range"],
      [`?apiId=${apiId}&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`, 400, "from: must not be later than to."],
      [`?apiId=${apiId}&from=yesterday&to=2026-01-01T00:00:00Z`, 400, "from: use an ISO-8601 time"],
      [`?apiId=${apiId}&from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`, 400, "at most 455 days"],
      [`?apiId=${apiId}&canary=maybe`, 400, "canary: use true or false."],
      ["?apiId=nosuchapi", 404, "Invalid API identifier specified"],
      [`?apiId=${apiId}&stage=nosuchstage`, 404, "Invalid Stage identifier specified"],
    ];
    for (const [query, status, message] of cases) {
      const answer = await get(metrics.GET, query);
      expect([query, answer.status]).toEqual([query, status]);
      expect(answer.json.error?.message).toContain(message);
    }
  });

  it("lists every API in the overview, the quiet one with zeros", async () => {
    const { status, json } = await get(overview.GET, "?range=3h");
    expect(status).toBe(200);
    expect((json.series as unknown[]).length).toBe(180);
    expect(json.apis).toEqual([
      { restApiId: apiId, name: "dashboard", count: 4, error4xx: 1, error5xx: 0, p50Ms: expect.any(Number), p99Ms: expect.any(Number) },
      { restApiId: quietId, name: "quiet", count: 0, error4xx: 0, error5xx: 0, p50Ms: null, p99Ms: null },
    ]);
    expect((await get(overview.GET, "?range=1y")).status).toBe(400);
  });
});
