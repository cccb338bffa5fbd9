import { describe, expect, it } from "vitest";
import { getRuntimeConfig } from "@/lib/services/runtime/get-runtime-config";
import { runApiPartsScenario } from "./testing/api-parts-scenario";
import { managementApiForSuite } from "./testing/management-api-suite";
import { ROLE_ARN } from "./testing/method-integration-checks";

// The management API alone on a real port (no console build, no gateway runtime), on each database.
function partsSuite(kind: "sqlite" | "postgres") {
  const management = managementApiForSuite(kind);

  it("manages models, validators, gateway responses and every method and integration field as AWS does, and deploys them", async () => {
    const client = management.client();
    const result = await runApiPartsScenario(client);

    const snapshot = (await getRuntimeConfig()).snapshots[result.deploymentId];
    expect(snapshot.models?.map((m) => m.name).sort()).toEqual(["Empty", "Error", "Pet"]);
    expect(snapshot.requestValidators).toEqual([
      { id: result.requestValidatorId, name: "everything", validateRequestBody: true, validateRequestParameters: true },
    ]);
    expect(snapshot.gatewayResponses).toEqual([
      expect.objectContaining({ responseType: "DEFAULT_4XX", statusCode: "444", responseParameters: {} }),
    ]);
    expect([snapshot.binaryMediaTypes, snapshot.apiKeySource]).toEqual([["image/png"], "HEADER"]);
    const post = snapshot.resources.find((r) => r.path === "/pets")?.methods.POST;
    expect(post).toMatchObject({ requestValidatorId: result.requestValidatorId, requestModels: { "application/json": "Empty" } });
    expect(post?.integration).toMatchObject({ type: "HTTP", credentials: ROLE_ARN, timeoutInMillis: 1000 });

    await client.deleteRestApi({ restApiId: result.restApiId });
  }, 60_000);
}

describe("management API parts through the AWS SDK, in process (SQLite)", () => partsSuite("sqlite"));

describe.skipIf(!process.env.TEST_DATABASE_URL)("management API parts through the AWS SDK, in process (PostgreSQL)", () =>
  partsSuite("postgres"),
);
