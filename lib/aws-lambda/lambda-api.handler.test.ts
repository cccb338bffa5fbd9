/**
 * The Lambda API through @aws-sdk/client-lambda against the real route handler behind a real HTTP server, on a
 * migrated SQLite database, signed with an access key created by Portico's own service. Invoke runs on the
 * gateway runtime's real FunctionHost. (lambda-api.sdk.test.ts runs the same scenario against a built Portico.)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FunctionHost } from "@/gateway-runtime/src/functions/function-host";
import { env } from "@/lib/env";
import { createAccessKey } from "@/lib/services/access-keys/create-access-key";
import { setFunctionInvoker } from "@/lib/services/functions/function-invoker";
import { listFunctionInvocations } from "@/lib/services/functions/list-function-invocations";
import { useTestDatabase } from "@/lib/services/testing/test-database";
import { runInvokeScenario } from "./testing/invoke-scenario";
import { lambdaClient } from "./testing/lambda-client";
import { runDeleteScenario, runLambdaScenario } from "./testing/lambda-scenario";
import { startLambdaTestServer, type LambdaTestServer } from "./testing/lambda-test-server";

describe("Lambda API through the AWS SDK (route handler on a test server, SQLite)", () => {
  let cleanup: () => Promise<void>;
  let server: LambdaTestServer;
  let host: FunctionHost;
  let workDir: string;
  let client: ReturnType<typeof lambdaClient>;
  const place = { region: env.region, accountId: env.accountId };

  beforeAll(async () => {
    ({ cleanup } = await useTestDatabase("sqlite"));
    workDir = mkdtempSync(path.join(tmpdir(), "portico-fnhost-"));
    host = new FunctionHost({ workDir });
    setFunctionInvoker(host);
    server = await startLambdaTestServer();
    const key = await createAccessKey(null, { description: "lambda sdk test" });
    client = lambdaClient({ endpoint: server.url, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey });
  });

  afterAll(async () => {
    setFunctionInvoker(undefined);
    await server?.close();
    await host?.close();
    await cleanup?.();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("creates, reads, updates, publishes, aliases, pages, invokes and deletes as Lambda does", async () => {
    const name = await runLambdaScenario(client, place);
    await runInvokeScenario(client, name, place);
    // Every API invocation is recorded for the Functions page, newest first.
    const recorded = await listFunctionInvocations(name);
    expect(recorded[0]).toMatchObject({ status: "Timeout", source: "api", errorType: "Sandbox.Timedout", qualifier: "$LATEST" });
    expect(recorded.some((r) => r.status === "Success" && r.qualifier === "live")).toBe(true);
    expect(recorded.some((r) => r.status === "Unhandled" && r.errorType === "Error")).toBe(true);
    await runDeleteScenario(client, name);
  }, 120_000);
});
