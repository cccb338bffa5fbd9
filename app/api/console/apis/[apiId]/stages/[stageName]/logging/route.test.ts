/**
 * GET and PATCH .../stages/[stageName]/logging on a migrated database, called as Next.js calls them (request +
 * params); only the session is faked.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCESS_LOG_PRESETS } from "@/lib/domain/observability/access-log";
import { DEFAULT_LOG_RETENTION } from "@/lib/domain/stage-settings";
import { createDeployment } from "@/lib/services/deployments/create-deployment";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putMethod } from "@/lib/services/methods/put-method";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { getRuntimeConfig } from "@/lib/services/runtime/get-runtime-config";
import { getStageOrThrow } from "@/lib/services/stages/get-stage-or-throw";
import { useTestDatabase } from "@/lib/services/testing/test-database";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/session", () => ({ requireApiUser: async () => ({ id: "u1", email: "admin@example.com", role: "admin" }) }));

const logging = await import("./route");

type Params = { apiId: string; stageName: string };
type Json = { accessLogSettings?: unknown; logRetention?: unknown; error?: { code: string; message: string } };

async function send(handler: typeof logging.GET, params: Params, method: string, body?: unknown): Promise<{ status: number; json: Json }> {
  const request = new NextRequest("http://console.test/api/console/x", {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Json) : {} };
}

function loggingRouteSuite(kind: "sqlite" | "postgres") {
  let cleanup: (() => Promise<void>) | undefined;
  let apiId = "";
  const params = () => ({ apiId, stageName: "prod" });
  const arn = "arn:aws:logs:us-east-1:123456789012:log-group:portico/prod";

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase(kind));
    const api = await createRestApi({ name: "console logging" });
    apiId = api.id;
    await putMethod(apiId, api.rootResourceId, "GET", {});
    await putIntegration(apiId, api.rootResourceId, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
    await createDeployment(apiId, { stageName: "prod" });
  }, 60_000);
  afterAll(() => cleanup?.());

  it("answers access logging off and the default retention for a new stage", async () => {
    expect(await send(logging.GET, params(), "GET")).toEqual({ status: 200, json: { accessLogSettings: null, logRetention: DEFAULT_LOG_RETENTION } });
  });

  it("saves a format, a destination and a retention, and the stage and the runtimes carry them", async () => {
    const body = { accessLogSettings: { format: ACCESS_LOG_PRESETS.JSON, destinationArn: arn }, logRetention: { days: 7, maxRows: 50_000 } };
    expect(await send(logging.PATCH, params(), "PATCH", body)).toEqual({ status: 200, json: body });
    expect((await send(logging.GET, params(), "GET")).json).toEqual(body);
    const stage = await getStageOrThrow(apiId, "prod");
    expect([stage.settings.accessLogSettings, stage.settings.logRetention]).toEqual([body.accessLogSettings, body.logRetention]);
    const runtime = (await getRuntimeConfig()).stages.find((s) => s.restApiId === apiId);
    expect(runtime?.settings?.accessLogSettings?.format).toBe(ACCESS_LOG_PRESETS.JSON);

    // A field left out stays; a format alone has an empty destination; null turns access logging off.
    const formatOnly = await send(logging.PATCH, params(), "PATCH", { accessLogSettings: { format: ACCESS_LOG_PRESETS.CSV } });
    expect(formatOnly.json).toEqual({ accessLogSettings: { format: ACCESS_LOG_PRESETS.CSV, destinationArn: "" }, logRetention: body.logRetention });
    const off = await send(logging.PATCH, params(), "PATCH", { accessLogSettings: null });
    expect(off.json).toEqual({ accessLogSettings: null, logRetention: body.logRetention });
  });

  it("refuses what AWS refuses and retention outside the limits, with messages for people, and changes nothing", async () => {
    const before = (await send(logging.GET, params(), "GET")).json;
    const cases: [unknown, RegExp][] = [
      [{ accessLogSettings: { format: "$context.status" } }, /accessLogSettings\.format: .*must include \$context\.requestId/],
      [{ accessLogSettings: { format: "$context.requestId", destinationArn: "arn:aws:s3:::bucket" } }, /CloudWatch Logs log group ARN/],
      [{ logRetention: { days: 0, maxRows: 10_000 } }, /between 1 and 3653 days/],
      [{ logRetention: { days: 30, maxRows: 10 } }, /between 1,000 and 100,000,000 rows/],
      [{ logRetention: { days: 1.5, maxRows: 10_000 } }, /whole number of days/],
      [{ logLevel: "INFO" }, /logLevel/],
    ];
    for (const [body, message] of cases) {
      const answer = await send(logging.PATCH, params(), "PATCH", body);
      expect([answer.status, answer.json.error?.code]).toEqual([400, "BadRequestException"]);
      expect(answer.json.error?.message).toMatch(message);
    }
    expect((await send(logging.GET, params(), "GET")).json).toEqual(before);
    expect((await send(logging.GET, { apiId, stageName: "nope" }, "GET")).status).toBe(404);
    expect((await send(logging.PATCH, { apiId, stageName: "nope" }, "PATCH", { accessLogSettings: null })).status).toBe(404);
  });
}

describe("console logging route (SQLite)", () => loggingRouteSuite("sqlite"));

describe.skipIf(!process.env.TEST_DATABASE_URL)("console logging route (PostgreSQL)", () => loggingRouteSuite("postgres"));
