import { APIGateway } from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { runApiKeysScenario } from "./testing/api-keys-scenario";
import { startInProcessManagementApi, type InProcessManagementApi } from "./testing/in-process-server";

// The management API on a real port (SigV4, AWS's wire format) without a console build, on each database.
function apiKeysSuite(kind: "sqlite" | "postgres") {
  let api: InProcessManagementApi;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase(kind));
    api = await startInProcessManagementApi();
  });
  afterAll(async () => {
    await api?.close();
    await cleanup?.();
  });

  it("manages API keys, usage plans, plan keys and usage as AWS does", async () => {
    const credentials = { accessKeyId: api.accessKeyId, secretAccessKey: api.secretAccessKey };
    await runApiKeysScenario(new APIGateway({ endpoint: api.url, region: "us-east-1", credentials, maxAttempts: 1 }));
  }, 60_000);
}

describe("API keys and usage plans through the AWS SDK (SQLite)", () => apiKeysSuite("sqlite"));
describe.skipIf(!process.env.TEST_DATABASE_URL)("API keys and usage plans through the AWS SDK (PostgreSQL)", () => apiKeysSuite("postgres"));

describe("the /apikeys and /usageplans app routes", () => {
  it("hand requests to the management API (unsigned calls get AWS's authentication error, not a console page)", async () => {
    const routes = { apikeys: await import("@/app/apikeys/[[...path]]/route"), usageplans: await import("@/app/usageplans/[[...path]]/route") };
    for (const [path, route] of Object.entries(routes)) {
      const response = await route.GET(new Request(`http://127.0.0.1/${path}`));
      expect([response.status, response.headers.get("x-amzn-ErrorType")]).toEqual([403, "MissingAuthenticationTokenException"]);
    }
  });
});
