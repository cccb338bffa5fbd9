/**
 * The management API on a real HTTP port without the Next.js console: a plain node:http server hands every
 * request to handleManagementRequest, as app/restapis/[[...path]]/route.ts does. SDK tests use it where they
 * need the API only (no gateway runtime, no console build).
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleManagementRequest } from "../dispatch";

export interface InProcessManagementApi {
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer); // node:http yields Buffers unless an encoding is set
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, { method: req.method, headers, body });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves the management API with one access key of its own; the services use whatever database is set. */
export async function startInProcessManagementApi(): Promise<InProcessManagementApi> {
  const accessKeyId = `AKIAINPROC${randomBytes(5).toString("hex").toUpperCase()}`;
  const secretAccessKey = randomBytes(24).toString("base64url");
  const lookupSecret = async (id: string) => (id === accessKeyId ? secretAccessKey : null);
  const server = createServer((req, res) => {
    toFetchRequest(req)
      .then((request) => handleManagementRequest(request, { lookupSecret }))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo; // listen() on a TCP port always yields an AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    accessKeyId,
    secretAccessKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
