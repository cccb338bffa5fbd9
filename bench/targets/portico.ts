/**
 * Portico's runtime as the benchmark runs it: in-memory config with an HTTP_PROXY stage ({proxy+} to the
 * backend, the usual AWS setup) and a MOCK stage; telemetry on, into a sink that accepts and forgets
 * (BENCH_TELEMETRY_URL: the real HttpLogSink, POSTing JSON batches to that URL, as to the control plane).
 */
import { createGatewayServer } from "../../gateway-runtime/src/server";
import { MemorySnapshotSource } from "../../gateway-runtime/src/ports/snapshot-source";
import { DiscardLogSink } from "../../gateway-runtime/src/ports/log-sink";
import { HttpLogSink } from "../../gateway-runtime/src/ports/http-log-sink";
import { LOGGING_STAGES, loggingStageSettings } from "./logging-stages";
import { consoleLogger } from "../../gateway-runtime/src/ports/logger";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../../gateway-runtime/src/test-support/snapshots";
import { integrationMethod, lambdaUri, response } from "../../gateway-runtime/src/test-support/integrations";
import { FunctionHost } from "../../gateway-runtime/src/functions/function-host";
import { LambdaRuntime } from "../../gateway-runtime/src/lambda/lambda-runtime";
import { MemoryFunctionCodeSource } from "../../gateway-runtime/src/lambda/code-source";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import cluster from "node:cluster";
import { createHash } from "node:crypto";
import { createAccessPlugin } from "../../gateway-runtime/src/limits/access-plugin";
import { createCachePlugin } from "../../gateway-runtime/src/limits/cache/cache-plugin";
import { DEFAULT_METHOD_SETTING, DEFAULT_STAGE_SETTINGS } from "../../lib/domain/stage-settings";

/** The API key the "keyed" stage requires (bench/run.ts sends it as x-api-key). */
export const BENCH_API_KEY = "benchkey0123456789abcdefghijklmnopqrstu";

const backend = process.env.BACKEND_URL;
if (!backend) throw new Error("BACKEND_URL is required");

// BENCH_PORTICO_WORKERS > 1: the runtime as GATEWAY_WORKERS runs it, N workers sharing one port (node:cluster).
const workers = Number(process.env.BENCH_PORTICO_WORKERS ?? 1);
if (workers > 1 && cluster.isPrimary) {
  let printed = false;
  for (let i = 0; i < workers; i++) {
    cluster.fork().on("message", (message: { port: number }) => {
      if (printed) return;
      printed = true;
      process.stdout.write(`${JSON.stringify({ port: message.port })}\n`);
    });
  }
  process.on("SIGTERM", () => {
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  });
} else {
  await serve();
}

async function serve(): Promise<void> {
  const proxied = snapshot("benchapi01", "dep-proxy", { "/{proxy+}": { ANY: proxyMethod(`${backend}/{proxy}`) } });
  const mocked = snapshot("benchapi01", "dep-mock", {
    "/items/{id}": { GET: mockMethod(JSON.stringify({ id: 42, name: "widget", ok: true })) },
  });
  // A Lambda proxy call: the function runs in the function host's child processes (one event per process at a time).
  const FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:bench-fn";
  const lambdaApi = snapshot("benchapi01", "dep-lambda", {
    "/items/{id}": { GET: integrationMethod({ type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri(FUNCTION_ARN) }) },
  });
  // A templated HTTP call: request template and parameter mapping to the backend, response template back.
  const templatedApi = snapshot("benchapi01", "dep-templated", {
    "/items/{id}": {
      GET: integrationMethod({
        type: "HTTP",
        httpMethod: "GET",
        uri: `${backend}/items/{id}`,
        requestParameters: { "integration.request.path.id": "method.request.path.id" },
        requestTemplates: { "application/json": '{"id": "$input.params(\'id\')"}' },
        integrationResponses: {
          "200": response("200", { responseTemplates: { "application/json": '{"id": $input.path(\'$.id\'), "label": "$input.path(\'$.name\').toUpperCase()"}' } }),
        },
      }),
    },
  });
  const code = new TextEncoder().encode(
    'export const handler = async (event) => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: event.pathParameters.id }) });',
  );
  const host = new FunctionHost({ workDir: mkdtempSync(path.join(tmpdir(), "portico-bench-fn-")), maxProcesses: Number(process.env.BENCH_FUNCTION_PROCESSES ?? 4) });
  const lambda = new LambdaRuntime(host, new MemoryFunctionCodeSource({ benchcode: { "index.mjs": code } }), "us-east-1");
  // BENCH_PORTICO_STAGES picks the stages this process serves, so rows measured in separate processes keep
  // separate RSS and CPU figures (the Lambda row's function processes are not charged to the proxy row).
  // The stages issue 4's rows measure: HTTP_PROXY behind an API key + usage plan, and HTTP_PROXY with the stage cache.
  const keyedMethod = { ...proxyMethod(`${backend}/items/{id}`, { requestParameters: { "integration.request.path.id": "method.request.path.id" } }), apiKeyRequired: true };
  const keyedApi = snapshot("benchapi01", "dep-keyed", { "/items/{id}": { GET: keyedMethod } });
  const cachedApi = snapshot("benchapi01", "dep-cached", {
    "/items/{id}": { GET: proxyMethod(`${backend}/items/{id}`, { requestParameters: { "integration.request.path.id": "method.request.path.id" } }) },
  });
  // Issue 5's rows: one API, logging off vs INFO + metrics + a JSON access log (bench/targets/logging-stages.ts).
  const loggedApi = snapshot("benchapi01", "dep-logged", {
    "/items/{id}": { GET: proxyMethod(`${backend}/items/{id}`, { requestParameters: { "integration.request.path.id": "method.request.path.id" } }) },
  });
  const wanted = new Set((process.env.BENCH_PORTICO_STAGES ?? "proxy,mock,lambda,templated").split(","));
  const config = runtimeConfig(
    "bench",
    [
      { stageName: "proxy", snapshot: proxied },
      { stageName: "mock", snapshot: mocked },
      { stageName: "lambda", snapshot: lambdaApi },
      { stageName: "templated", snapshot: templatedApi },
      { stageName: "keyed", snapshot: keyedApi },
      { stageName: "cached", snapshot: cachedApi },
      { stageName: LOGGING_STAGES.off, snapshot: loggedApi },
      { stageName: LOGGING_STAGES.info, snapshot: loggedApi },
    ].filter((stage) => wanted.has(stage.stageName)),
  );
  for (const stage of config.stages) {
    if (stage.stageName === LOGGING_STAGES.off) stage.settings = loggingStageSettings("OFF");
    if (stage.stageName === LOGGING_STAGES.info) stage.settings = loggingStageSettings("INFO");
    // Clients may invalidate without authorization, so the miss row can force a miss with Cache-Control: max-age=0.
    if (stage.stageName === "cached") {
      stage.settings = {
        ...DEFAULT_STAGE_SETTINGS,
        cacheClusterEnabled: true,
        cacheClusterSize: "0.5",
        // The stage's default method throttle (AWS's 10,000/5,000) raised, so hits at saturation are not refused.
        methodSettings: {
          "*/*": {
            ...DEFAULT_METHOD_SETTING,
            cachingEnabled: true,
            requireAuthorizationForCacheControl: false,
            throttlingRateLimit: 1_000_000,
            throttlingBurstLimit: 1_000_000,
          },
        },
      };
    }
  }
  // Limits far above what the machine serves: the row measures the checks, not refusals.
  config.apiKeys = [{ id: "benchkey", valueSha256: createHash("sha256").update(BENCH_API_KEY).digest("hex"), enabled: true }];
  config.usagePlans = [
    {
      id: "benchplan",
      throttle: { rateLimit: 1_000_000, burstLimit: 1_000_000 },
      quota: { limit: 2_000_000_000, offset: 0, period: "DAY" },
      apiStages: [{ apiId: "benchapi01", stage: "keyed" }],
      keyIds: ["benchkey"],
    },
  ];
  config.functions = {
    functions: [
      { name: "bench-fn", version: "$LATEST", key: "benchfn1", handler: "index.handler", runtime: "nodejs20.x", codeSha256: "benchcode", environment: {}, timeoutMs: 3_000, memoryMb: 256 },
    ],
    aliases: [],
  };
  const source = new MemorySnapshotSource(config);
  // BENCH_REDIS_URL: limits and cache in Redis, shared as between runtime processes.
  const redisUrl = process.env.BENCH_REDIS_URL || undefined;
  const plugins = [
    createAccessPlugin({ logger: consoleLogger, redisUrl, accountThrottle: { rateLimit: 1_000_000, burstLimit: 1_000_000 } }),
    createCachePlugin({ logger: consoleLogger, redisUrl }),
  ];
  const telemetryUrl = process.env.BENCH_TELEMETRY_URL;
  const sink = telemetryUrl ? new HttpLogSink({ baseUrl: telemetryUrl, token: "bench-telemetry" }) : new DiscardLogSink();
  const gateway = createGatewayServer({ source, sink, logger: consoleLogger, lambda, plugins });
  const { port } = await gateway.listen(0, "127.0.0.1");
  if (cluster.isWorker) process.send?.({ port });
  else process.stdout.write(`${JSON.stringify({ port })}\n`);

  // Exit through process.exit so `node --cpu-prof` writes its profile when the bench stops this process.
  process.on("SIGTERM", () =>
    void gateway.close().finally(() => {
      // A sink that fell behind drops records, which would flatter the logging row: say how many.
      if (telemetryUrl) process.stderr.write(`${JSON.stringify({ telemetryDroppedLogs: gateway.telemetry.droppedTotal })}\n`);
      process.exit(0);
    }),
  );
}
