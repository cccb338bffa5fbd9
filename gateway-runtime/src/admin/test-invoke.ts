/**
 * AWS's TestInvokeMethod: one request through an API's working copy (not a deployed stage) in the
 * `test-invoke-stage` stage, answered with status, headers, body, latency and the execution log. The same
 * pipeline serves it: a private gateway on a loopback port, with the shared function host, for one request.
 */
import { request } from "undici";
import type { TestInvokeRequest, TestInvokeResult } from "../../../lib/domain/runtime-contract";
import { createGatewayServer } from "../server";
import { MemorySnapshotSource } from "../ports/snapshot-source";
import { DiscardLogSink } from "../ports/log-sink";
import { MemoryLogger } from "../ports/logger";
import type { LambdaRuntime } from "../lambda/lambda-runtime";
import type { AwsServiceSettings } from "../integrations/mapped/aws-service-backend";

export const TEST_INVOKE_STAGE = "test-invoke-stage";

export type TestInvokeInput = TestInvokeRequest;
export type TestInvokeOutput = TestInvokeResult;

export interface TestInvokeDeps {
  lambda: LambdaRuntime | null;
  awsService?: AwsServiceSettings;
  accountId: string;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** The date prefix of AWS's execution log lines: "Sat Nov 21 19:03:58 UTC 2026". */
export function executionLogDate(date: Date): string {
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
}

export async function runTestInvoke(input: TestInvokeInput, deps: TestInvokeDeps): Promise<TestInvokeOutput> {
  const snapshot = input.snapshot;
  const logger = new MemoryLogger();
  const gateway = createGatewayServer({
    source: new MemorySnapshotSource({
      version: `test-invoke-${snapshot.deploymentId}`,
      stages: [
        {
          restApiId: snapshot.restApiId,
          stageName: TEST_INVOKE_STAGE,
          deploymentId: snapshot.deploymentId,
          variables: input.stageVariables ?? {},
          updatedAt: new Date().toISOString(),
        },
      ],
      snapshots: { [snapshot.deploymentId]: snapshot },
    }),
    sink: new DiscardLogSink(),
    logger,
    pollIntervalMs: 3_600_000,
    lambda: deps.lambda,
    closeLambda: false,
    accountId: deps.accountId,
    awsService: deps.awsService,
  });
  const { port } = await gateway.listen(0, "127.0.0.1");
  try {
    const path = input.pathWithQueryString.startsWith("/") ? input.pathWithQueryString : `/${input.pathWithQueryString}`;
    const headers: Record<string, string | string[]> = { ...(input.headers ?? {}) };
    for (const [name, values] of Object.entries(input.multiValueHeaders ?? {})) headers[name] = values;
    const method = input.httpMethod === "ANY" ? "GET" : input.httpMethod;
    const started = performance.now();
    const lines: string[] = [];
    const at = () => executionLogDate(new Date());
    const response = await request(`http://127.0.0.1:${port}/restapis/${snapshot.restApiId}/${TEST_INVOKE_STAGE}/_user_request_${path}`, {
      method: method as "GET",
      headers,
      body: input.body && method !== "GET" && method !== "HEAD" ? input.body : undefined,
    });
    const body = await response.body.text();
    const latency = Math.round(performance.now() - started);
    const requestId = String(response.headers["x-amzn-requestid"] ?? "");
    const single: Record<string, string> = {};
    const multi: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      const values = Array.isArray(value) ? value : [value];
      multi[name] = values;
      single[name] = values[values.length - 1];
    }
    const query = path.includes("?") ? Object.fromEntries(new URLSearchParams(path.slice(path.indexOf("?") + 1))) : {};
    lines.push(`Execution log for request ${requestId}`);
    lines.push(`${at()} : Starting execution for request: ${requestId}`);
    lines.push(`${at()} : HTTP Method: ${method}, Resource Path: ${path.split("?")[0]}`);
    lines.push(`${at()} : Method request query string: ${JSON.stringify(query)}`);
    lines.push(`${at()} : Method request headers: ${JSON.stringify(maskSecrets(input.headers ?? {}))}`);
    lines.push(`${at()} : Method request body before transformations: ${input.body ?? ""}`);
    for (const line of logger.lines) lines.push(`${at()} : ${line.message}`);
    lines.push(`${at()} : Method response body after transformations: ${body}`);
    lines.push(`${at()} : Method response headers: ${JSON.stringify(single)}`);
    lines.push(`${at()} : ${response.statusCode < 500 ? "Successfully completed execution" : "Execution failed"}`);
    lines.push(`${at()} : Method completed with status: ${response.statusCode}`);
    return { status: response.statusCode, body, headers: single, multiValueHeaders: multi, log: `${lines.join("\n")}\n`, latency };
  } finally {
    await gateway.close();
  }
}

/** Execution logs never carry credentials: AWS masks Authorization and API keys the same way. */
function maskSecrets(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    out[name] = lower === "authorization" || lower === "x-api-key" || lower === "cookie" ? "****" + value.slice(-4) : value;
  }
  return out;
}
