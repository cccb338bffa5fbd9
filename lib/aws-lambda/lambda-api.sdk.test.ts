/**
 * The Lambda API through @aws-sdk/client-lambda against a real Portico (built console + gateway runtime), the
 * same scenario as lambda-api.handler.test.ts, plus the runtime's internal code download. Invoke runs on the
 * gateway runtime's function host through its admin port, as in production.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortico, type PorticoInstance } from "@/scripts/testing/portico-harness";
import { functionZip } from "@/lib/services/functions/testing/function-zip";
import { runInvokeScenario } from "./testing/invoke-scenario";
import { lambdaClient } from "./testing/lambda-client";
import { ECHO_HANDLER, ROLE, runDeleteScenario, runLambdaScenario } from "./testing/lambda-scenario";

// Portico's defaults (the harness sets neither PORTICO_REGION nor PORTICO_ACCOUNT_ID).
const PLACE = { region: "us-east-1", accountId: "000000000000" };
const INTERNAL_TOKEN = randomBytes(16).toString("hex");

describe("Lambda API through the AWS SDK (real Portico, SQLite)", () => {
  let portico: PorticoInstance;
  let client: ReturnType<typeof lambdaClient>;
  beforeAll(async () => {
    portico = await startPortico({ env: { PORTICO_INTERNAL_TOKEN: INTERNAL_TOKEN } });
    client = lambdaClient({ endpoint: portico.consoleUrl, accessKeyId: portico.accessKeyId, secretAccessKey: portico.secretAccessKey });
  });
  afterAll(async () => {
    await portico?.stop();
  });

  it("creates, reads, updates, publishes, aliases, pages and deletes as Lambda does", async () => {
    const name = await runLambdaScenario(client, PLACE);
    await runInvokeScenario(client, name, PLACE);
    await runDeleteScenario(client, name);
  }, 120_000);

  it("serves a function's zip to the runtime by CodeSha256 behind the internal token only", async () => {
    const zip = functionZip({ "index.js": ECHO_HANDLER });
    const created = await client.createFunction({
      FunctionName: `internal-code-${Date.now().toString(36)}`,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Role: ROLE,
      Code: { ZipFile: zip },
    });
    const sha = (created.CodeSha256 ?? "").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    const url = `${portico.consoleUrl}/api/internal/runtime/functions/${sha}`;
    expect((await fetch(url)).status).toBe(403);
    const answer = await fetch(url, { headers: { authorization: `Bearer ${INTERNAL_TOKEN}` } });
    expect(answer.status).toBe(200);
    expect(Buffer.from(await answer.arrayBuffer()).equals(Buffer.from(zip))).toBe(true);
    expect((await fetch(`${url}x`, { headers: { authorization: `Bearer ${INTERNAL_TOKEN}` } })).status).toBe(404);
    await client.deleteFunction({ FunctionName: created.FunctionName });
  }, 60_000);
});
