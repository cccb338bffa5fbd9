/**
 * Test helper: the Lambda API route handler behind a real HTTP server on a free port, so the AWS SDK talks to it
 * exactly as it talks to Portico's console (headers, SigV4, bodies), without a built console.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { handleLambdaRequest, type LambdaDispatchOptions } from "../dispatch";

export interface LambdaTestServer {
  url: string;
  close(): Promise<void>;
}

export async function startLambdaTestServer(options: LambdaDispatchOptions = {}): Promise<LambdaTestServer> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const response = await handleLambdaRequest(await toRequest(req, server.address() as AddressInfo), options);
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        res.writeHead(500);
        res.end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function toRequest(req: IncomingMessage, address: AddressInfo): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  return new Request(`http://127.0.0.1:${address.port}${req.url ?? "/"}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" || !body.byteLength ? undefined : body,
  });
}
