import { describe, expect, it } from "vitest";
import { runApiKeysScenario } from "./testing/api-keys-scenario";
import { managementApiForSuite } from "./testing/management-api-suite";

// The management API on a real port (SigV4, AWS's wire format) without a console build, on each database.
function apiKeysSuite(kind: "sqlite" | "postgres") {
  const management = managementApiForSuite(kind);

  it("manages API keys, usage plans, plan keys and usage as AWS does", async () => {
    await runApiKeysScenario(management.client());
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
