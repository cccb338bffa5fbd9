/** Real servers on ephemeral ports for tests: the gateway with in-memory ports, and scriptable backends. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, request, type Dispatcher } from "undici";
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import { MemoryLogSink } from "../ports/log-sink";
import { MemoryLogger } from "../ports/logger";
import { MemorySnapshotSource } from "../ports/snapshot-source";
import { createGatewayServer, type GatewayServerOptions } from "../server";

export async function startGateway(config: RuntimeConfig | null, options: Partial<GatewayServerOptions> = {}) {
  const source = new MemorySnapshotSource(config);
  const sink = new MemoryLogSink();
  const logger = new MemoryLogger();
  const gateway = createGatewayServer({ source, sink, logger, pollIntervalMs: 50, flushIntervalMs: 100, ...options });
  const { port } = await gateway.listen(0);
  const origin = `http://127.0.0.1:${port}`;
  return {
    gateway,
    source,
    sink,
    logger,
    port,
    origin,
    /** Path-style invoke URL. */
    url: (restApiId: string, stage: string, path = "/") => `${origin}/restapis/${restApiId}/${stage}/_user_request_${path}`,
    close: () => gateway.close(),
  };
}

export async function startBackend(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  let connections = 0;
  const server = createServer(handler);
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const agent = new Agent({ keepAliveTimeout: 1_000 });

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer; dispatcher?: Dispatcher } = {},
): Promise<Answer> {
  const response = await request(url, {
    method: (init.method ?? "GET") as "GET",
    headers: init.headers,
    body: init.body,
    dispatcher: init.dispatcher ?? agent,
  });
  return { status: response.statusCode, headers: response.headers, body: await response.body.text() };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 2_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(20);
  }
  return check();
}
