/**
 * The gateway runtime as a value: createGatewayServer(options) wires ports, config watcher, telemetry and the
 * node:http server. Used by main.ts, the tests and the benchmark alike.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import type { LogSink } from "./ports/log-sink";
import { consoleLogger, type Logger } from "./ports/logger";
import type { SnapshotSource } from "./ports/snapshot-source";
import { ActiveConfig, ConfigWatcher } from "./snapshot/config-watcher";
import { Telemetry } from "./telemetry/telemetry";
import { PrometheusMetrics, type Scrape } from "./telemetry/prometheus";
import type { TraceExport } from "./telemetry/otlp";
import { UpstreamPools } from "./integrations/upstream-pools";
import { MAX_PAYLOAD_BYTES } from "./integrations/body-limit";
import { createRequestHandler } from "./pipeline/handle-request";
import type { LambdaRuntime } from "./lambda/lambda-runtime";
import type { AwsServiceSettings } from "./integrations/mapped/aws-service-backend";
import type { MethodPlugin } from "./pipeline/method-plugins";

export interface GatewayServerOptions {
  source: SnapshotSource;
  sink: LogSink;
  logger?: Logger;
  /** How often the SnapshotSource is asked for changes; 250 ms puts changes live well within 1 s. */
  pollIntervalMs?: number;
  flushIntervalMs?: number;
  logBatchSize?: number;
  maxBufferedLogs?: number;
  maxBodyBytes?: number;
  runtimeId?: string;
  /** Connections per backend origin. */
  upstreamConnections?: number;
  /** How long close() waits for in-flight requests before cutting connections. */
  shutdownGraceMs?: number;
  /** Runs Lambda-compatible functions for AWS_PROXY/AWS integrations; without it those answer 500. Closed by close(). */
  lambda?: LambdaRuntime | null;
  /** false when the LambdaRuntime is shared with another server (test invokes) and outlives this one. */
  closeLambda?: boolean;
  /** Credentials and endpoint overrides for AWS service integrations. */
  awsService?: AwsServiceSettings;
  /** Shown in $context.accountId and Lambda events. */
  accountId?: string;
  /** Per-method features: API keys, throttling and quotas, the response cache (closed by close()). */
  plugins?: MethodPlugin[];
  /** Node's process metrics in the Prometheus registry (portico_runtime_*); default on. */
  processMetrics?: boolean;
  /** Spans per request (OTLP export); fed after each answer, shut down (flushed) by close(). */
  traces?: TraceExport | null;
}

export interface GatewayServer {
  readonly httpServer: Server;
  readonly telemetry: Telemetry;
  /** Binds and resolves once listening; the first config poll has completed (applied or failed) by then. */
  listen(port?: number, host?: string): Promise<{ port: number; host: string }>;
  /** Stops accepting, lets in-flight requests finish, flushes telemetry, closes pools and ports. */
  close(): Promise<void>;
  /** Polls the source now (tests use it to avoid waiting for the interval). */
  reload(): Promise<void>;
  /** Version of the config now serving, null before the first one. */
  activeVersion(): string | null;
  /** The Prometheus exposition (GET /metrics): every request answered before the call is in it. */
  metrics(): Promise<Scrape>;
}

export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const logger = options.logger ?? consoleLogger;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_PAYLOAD_BYTES;
  const active = new ActiveConfig();
  const pools = new UpstreamPools({ connections: options.upstreamConnections });
  const prometheus = new PrometheusMetrics({ processMetrics: options.processMetrics });
  const telemetry = new Telemetry({
    sink: options.sink,
    runtimeId: options.runtimeId ?? randomUUID(),
    logger,
    flushIntervalMs: options.flushIntervalMs,
    batchSize: options.logBatchSize,
    maxBufferedLogs: options.maxBufferedLogs,
    onMetrics: (deltas) => prometheus.add(deltas),
    listener: options.traces ?? null,
  });
  // Function runs by integrations reach the Functions page through telemetry; test invokes share the host but
  // not this server's telemetry, so only the owner of the LambdaRuntime (closeLambda !== false) subscribes.
  if (options.lambda && options.closeLambda !== false) options.lambda.onInvocation = (record) => telemetry.recordInvocation(record);
  const watcher = new ConfigWatcher(
    options.source,
    active,
    {
      pools,
      maxBodyBytes,
      warn: (message, fields) => logger.warn(message, fields),
      accountId: options.accountId,
      lambda: options.lambda ?? null,
      awsService: options.awsService,
      plugins: options.plugins ?? [],
    },
    logger,
    options.pollIntervalMs ?? 250,
  );
  const httpServer = createServer(createRequestHandler({ active, telemetry, logger, maxBodyBytes }));
  let closing: Promise<void> | null = null;

  async function shutdown(): Promise<void> {
    await watcher.stop();
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    // close() ends idle keep-alive sockets; busy ones end after their response, or at the grace deadline.
    const sweeper = setInterval(() => httpServer.closeIdleConnections(), 50);
    const deadline = setTimeout(() => httpServer.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
    await closed;
    clearInterval(sweeper);
    clearTimeout(deadline);
    await telemetry.stop();
    await Promise.all([
      pools.close(),
      options.source.close?.(),
      options.sink.close?.(),
      options.closeLambda === false ? undefined : options.lambda?.close(),
      ...(options.plugins ?? []).map((plugin) => plugin.close?.()),
      // The last spans leave here; a collector that is down costs the export's shutdown deadline, not a failed stop.
      options.traces?.shutdown().catch((error: unknown) => logger.warn("trace export shutdown failed", { reason: String(error) })),
    ]);
  }

  return {
    httpServer,
    telemetry,
    async listen(port = 0, host = "127.0.0.1") {
      telemetry.start();
      await watcher.start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          resolve();
        });
      });
      const address = httpServer.address() as AddressInfo;
      return { port: address.port, host: address.address };
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
    reload: () => watcher.pollNow(),
    activeVersion: () => active.current.version,
    metrics() {
      // Deltas counted since the last flush reach the registry now, so a scrape never lags the answers it follows.
      telemetry.drainMetrics();
      prometheus.setDroppedLogsTotal(telemetry.droppedTotal);
      return prometheus.scrape();
    },
  };
}
