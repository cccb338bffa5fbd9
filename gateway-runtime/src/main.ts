/**
 * Gateway runtime entry: environment -> ports -> server -> listen. SIGTERM/SIGINT stop accepting, let
 * in-flight requests finish, flush telemetry and exit 0.
 *
 *   GATEWAY_PORT (4000)  GATEWAY_HOST (0.0.0.0)  PORTICO_CONTROL_PLANE_URL (http://127.0.0.1:3000)
 *   PORTICO_INTERNAL_TOKEN (required)  PORTICO_RUNTIME_POLL_MS (250)
 *   GATEWAY_ADMIN_PORT (9464)  GATEWAY_ADMIN_HOST (127.0.0.1)  PORTICO_DATA_DIR (data: functions' code under functions/)
 *   PORTICO_ACCOUNT_ID  PORTICO_REGION  PORTICO_AWS_* (credentials and endpoints for AWS service integrations)
 *   GATEWAY_WORKERS (1): worker processes sharing the ports (cluster.ts)
 *   REDIS_URL: share throttling buckets, quotas and the response cache with every runtime process through Redis
 *   GATEWAY_ACCOUNT_RATE_LIMIT (10000)  GATEWAY_ACCOUNT_BURST_LIMIT (5000): AWS's account-level throttle
 *   PORTICO_CACHE_MAX_BYTES: caps each stage's cache budget on this host
 *   PORTICO_TEST_CLOCK=1 (tests only; refused when NODE_ENV=production): an admin route moves the quota clock
 *   PORTICO_LIMITS_REDIS_TIMEOUT_MS (50): a slower Redis call puts throttling and quotas on local limits until it answers
 *   PORTICO_LIMITS_REDIS_PREFIX (portico:limits:): the limits' Redis keys (tests use one per run)
 *
 * The admin port serves GET /healthz, GET /readyz and GET /metrics without a token (probes and Prometheus
 * scrapes; bind GATEWAY_ADMIN_HOST to a private interface), everything else under /internal/ with
 * `authorization: Bearer $PORTICO_INTERNAL_TOKEN`. /metrics is Prometheus text: portico_requests_total,
 * portico_4xx_errors_total, portico_5xx_errors_total, portico_cache_hits_total, portico_cache_misses_total and
 * the portico_latency_milliseconds / portico_integration_latency_milliseconds histograms (le = 1, 2, 4 ... 16384)
 * per {rest_api_id, stage, resource, method, canary}; portico_api_key_requests_total{rest_api_id, stage,
 * api_key_id}; portico_telemetry_dropped_logs_total; Node's process metrics as portico_runtime_*. With
 * GATEWAY_WORKERS > 1 each worker keeps its own registry and a scrape is answered by whichever worker takes it.
 *
 *   OTEL_EXPORTER_OTLP_ENDPOINT (<url>/v1/traces) or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the full URL): export one
 *   SERVER span per request, with a child span per step, over OTLP/HTTP JSON (off when neither is set; the other
 *   OTEL_EXPORTER_OTLP_* and OTEL_BSP_* variables apply)  OTEL_SERVICE_NAME (portico-gateway)
 */
import { announceListening, runWorkers } from "./cluster";
import path from "node:path";
import { createAdminServer } from "./admin/admin-server";
import { adminRoutes } from "./admin/admin-routes";
import { FunctionHost } from "./functions/function-host";
import { LambdaRuntime } from "./lambda/lambda-runtime";
import { HttpFunctionCodeSource } from "./lambda/code-source";
import { ControlPlaneClient } from "./ports/control-plane-client";
import { awsServiceSettingsFromEnv } from "./integrations/mapped/aws-service-backend";
import { HttpLogSink } from "./ports/http-log-sink";
import { HttpSnapshotSource } from "./ports/http-snapshot-source";
import { consoleLogger } from "./ports/logger";
import { createGatewayServer } from "./server";
import { createAccessPlugin } from "./limits/access-plugin";
import { createCachePlugin } from "./limits/cache/cache-plugin";
import { OtlpTraceExport, otlpSettingsFromEnv } from "./telemetry/otlp";

function readInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    consoleLogger.error(`${name} must be an integer of at least ${min}, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

async function main(): Promise<void> {
  const token = process.env.PORTICO_INTERNAL_TOKEN;
  if (!token) {
    consoleLogger.error(
      "PORTICO_INTERNAL_TOKEN is not set: the runtime needs the control plane's internal token to read deployments",
    );
    process.exit(1);
  }
  // 0 asks the OS for a free port (tests); the chosen one is in the "listening" line.
  const port = readInt("GATEWAY_PORT", 4000, 0);
  const host = process.env.GATEWAY_HOST || "0.0.0.0";
  const baseUrl = process.env.PORTICO_CONTROL_PLANE_URL || "http://127.0.0.1:3000";
  const pollIntervalMs = readInt("PORTICO_RUNTIME_POLL_MS", 250, 10);

  const adminPort = readInt("GATEWAY_ADMIN_PORT", 9464, 0);
  const adminHost = process.env.GATEWAY_ADMIN_HOST || "127.0.0.1";
  const region = process.env.PORTICO_REGION || "us-east-1";

  const functionHost = new FunctionHost({
    workDir: path.resolve(process.env.PORTICO_DATA_DIR ?? "data", "functions"),
    logger: consoleLogger,
  });
  const codeClient = new ControlPlaneClient({ baseUrl, token });
  const lambda = new LambdaRuntime(functionHost, new HttpFunctionCodeSource(codeClient), region);
  const accountId = process.env.PORTICO_ACCOUNT_ID || "000000000000";
  const awsService = awsServiceSettingsFromEnv(process.env);
  const redisUrl = process.env.REDIS_URL || undefined;
  const testClock = process.env.PORTICO_TEST_CLOCK === "1";
  if (testClock && process.env.NODE_ENV === "production") {
    consoleLogger.error("PORTICO_TEST_CLOCK is for tests only and is refused when NODE_ENV=production");
    process.exit(1);
  }
  const cacheMaxBytes = readInt("PORTICO_CACHE_MAX_BYTES", 0, 0);
  const plugins = [
    createAccessPlugin({
      logger: consoleLogger,
      redisUrl,
      accountThrottle: { rateLimit: readInt("GATEWAY_ACCOUNT_RATE_LIMIT", 10_000, 1), burstLimit: readInt("GATEWAY_ACCOUNT_BURST_LIMIT", 5_000, 1) },
      testClock,
      redisTimeoutMs: readInt("PORTICO_LIMITS_REDIS_TIMEOUT_MS", 50, 1),
      redisKeyPrefix: process.env.PORTICO_LIMITS_REDIS_PREFIX || undefined,
    }),
    createCachePlugin({ logger: consoleLogger, redisUrl, ...(cacheMaxBytes > 0 ? { maxBytesPerStage: cacheMaxBytes } : {}) }),
  ];
  const otlp = otlpSettingsFromEnv(process.env);
  const server = createGatewayServer({
    source: new HttpSnapshotSource({ baseUrl, token }),
    sink: new HttpLogSink({ baseUrl, token }),
    logger: consoleLogger,
    pollIntervalMs,
    lambda,
    accountId,
    awsService,
    plugins,
    traces: otlp ? new OtlpTraceExport(otlp, consoleLogger) : null,
  });
  const admin = createAdminServer({
    token,
    logger: consoleLogger,
    routes: adminRoutes({
      host: functionHost,
      ready: () => server.activeVersion() !== null,
      testInvoke: { lambda, awsService, accountId },
      plugins,
      metrics: () => server.metrics(),
    }),
  });
  const address = await server.listen(port, host);
  const adminAddress = await admin.listen(adminPort, adminHost);
  // One "listening" line per runtime, once every worker serves.
  announceListening(consoleLogger, { ...address, adminPort: adminAddress.port, controlPlane: baseUrl, pollIntervalMs, ...(otlp ? { traces: "otlp" } : {}) });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    consoleLogger.info("shutting down", { signal });
    Promise.all([server.close(), admin.close(), codeClient.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        consoleLogger.error("shutdown failed", { reason: String(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

void runWorkers(readInt("GATEWAY_WORKERS", 1, 1), consoleLogger, main);
