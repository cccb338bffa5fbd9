/**
 * AWS's TestInvokeMethod: one request through an API's working copy (not a deployed stage) in the
 * `test-invoke-stage` stage, answered with status, headers, body, latency and the execution log. The same
 * pipeline serves it: a private gateway on a loopback port, with the shared function host, for one request,
 * its methods logging at INFO with data trace so the log is the runtime's own execution log for that request.
 */
import { request } from "undici";
import type { RequestLogRecord, TestInvokeRequest, TestInvokeResult } from "../../../lib/domain/runtime-contract";
import { ALL_METHODS_KEY, DEFAULT_METHOD_SETTING, DEFAULT_STAGE_SETTINGS, type StageSettings } from "../../../lib/domain/stage-settings";
import { createGatewayServer, type GatewayServer } from "../server";
import { MemorySnapshotSource } from "../ports/snapshot-source";
import { MemoryLogSink } from "../ports/log-sink";
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

// Every method of the working copy logs everything, bodies included (AWS's test invoke shows them too).
const TEST_INVOKE_SETTINGS: StageSettings = {
  ...DEFAULT_STAGE_SETTINGS,
  methodSettings: { [ALL_METHODS_KEY]: { ...DEFAULT_METHOD_SETTING, loggingLevel: "INFO", dataTraceEnabled: true } },
};

export async function runTestInvoke(input: TestInvokeInput, deps: TestInvokeDeps): Promise<TestInvokeOutput> {
  const snapshot = input.snapshot;
  const logger = new MemoryLogger();
  const sink = new MemoryLogSink();
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
          settings: TEST_INVOKE_SETTINGS,
        },
      ],
      snapshots: { [snapshot.deploymentId]: snapshot },
    }),
    sink,
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
    const record = await recordOf(gateway, sink, requestId);
    const at = executionLogDate(record ? new Date(record.time) : new Date());
    const lines = [`Execution log for request ${requestId}`];
    // Problems found while compiling the working copy (a template that does not compile...) come first.
    for (const line of logger.lines) if (line.level !== "info") lines.push(`${at} : ${line.message}`);
    for (const line of record?.executionLog ?? []) lines.push(`${at} : ${line}`);
    return { status: response.statusCode, body, headers: single, multiValueHeaders: multi, log: `${lines.join("\n")}\n`, latency };
  } finally {
    await gateway.close();
  }
}

/** The request's record, once telemetry has handed it to the sink (a flush already under way may not hold it). */
async function recordOf(gateway: GatewayServer, sink: MemoryLogSink, requestId: string): Promise<RequestLogRecord | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = sink.logs.find((record) => record.requestId === requestId);
    if (found) return found;
    await gateway.telemetry.flush();
  }
  return sink.logs.find((record) => record.requestId === requestId);
}
