import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface EchoBackend {
  port: number;
  /** Requests seen, as "METHOD /path". */
  seen: string[];
  close(): Promise<void>;
}

/** A tiny HTTP backend for HTTP_PROXY integrations: answers every request with JSON describing it. */
export async function startEchoBackend(): Promise<EchoBackend> {
  const seen: string[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ backend: "echo", method: request.method, path: request.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
