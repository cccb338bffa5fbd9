/**
 * The runtime's admin port (default 9464, bound to 127.0.0.1): health and readiness for orchestrators, and
 * the internal calls the control plane makes into the data plane (function invokes for the Lambda API's
 * Invoke and the console's test invoke) so that one engine runs user code. Internal routes need the same
 * bearer token the runtime uses towards the control plane; health routes are open, like any health probe.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual } from "node:crypto";
import type { Logger } from "../ports/logger";

export interface AdminRoute {
  method: "GET" | "POST";
  path: string;
  /** Open routes (health) skip the bearer check. */
  open?: boolean;
  handle(body: Buffer, req: IncomingMessage): Promise<AdminAnswer> | AdminAnswer;
}

export interface AdminAnswer {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
}

export interface AdminServerOptions {
  token: string;
  routes: AdminRoute[];
  logger: Logger;
  /** Internal request bodies carry function code: bounded well above Lambda's 50 MB zip limit is not needed here. */
  maxBodyBytes?: number;
}

export interface AdminServer {
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  close(): Promise<void>;
  readonly httpServer: Server;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: ServerResponse, answer: AdminAnswer): void {
  const body = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? "");
  res.writeHead(answer.status, {
    "content-type": answer.contentType ?? (answer.json !== undefined ? "application/json" : "text/plain; charset=utf-8"),
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

export function createAdminServer(options: AdminServerOptions): AdminServer {
  const maxBodyBytes = options.maxBodyBytes ?? 80 * 1024 * 1024;
  const routes = new Map(options.routes.map((route) => [`${route.method} ${route.path}`, route]));

  const httpServer = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = routes.get(`${req.method} ${path}`);
    if (!route) return send(res, { status: 404, json: { message: "Not Found" } });
    if (!route.open && !tokenMatches(req.headers.authorization, options.token)) {
      return send(res, { status: 401, json: { message: "Unauthorized" } });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > maxBodyBytes) return send(res, { status: 413, json: { message: "Request too large" } });
      Promise.resolve()
        .then(() => route.handle(Buffer.concat(chunks), req))
        .then(
          (answer) => send(res, answer),
          (error: unknown) => {
            options.logger.error("admin request failed", { path, reason: error instanceof Error ? error.message : String(error) });
            send(res, { status: 500, json: { message: "Internal error" } });
          },
        );
    });
  });

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          const address = httpServer.address() as AddressInfo;
          resolve({ port: address.port, host: address.address });
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}
