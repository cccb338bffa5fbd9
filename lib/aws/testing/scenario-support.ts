/** Helpers for the management API scenario: SDK client, throwaway backends, gateway polling, error checks. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { APIGateway } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";

export interface ScenarioContext {
  consoleUrl: string;
  gatewayUrl: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function sdkClient(ctx: ScenarioContext, credentials = { accessKeyId: ctx.accessKeyId, secretAccessKey: ctx.secretAccessKey }) {
  // One attempt: a retried failure would hide what the server answered first.
  return new APIGateway({ endpoint: ctx.consoleUrl, region: "us-east-1", credentials, maxAttempts: 1 });
}

export interface Backend {
  url: string;
  close(): Promise<void>;
}

/** A tiny HTTP backend that names itself and echoes the path it was called with. */
export async function startBackend(name: string): Promise<Backend> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ backend: name, path: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo; // listen() on a TCP port always yields an AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Calls the gateway until `accept` likes the answer: the runtime picks up new deployments by polling, so a
 * change shows after a short delay. Fails with the last answer seen.
 */
export async function waitForGateway(url: string, accept: (status: number, body: string) => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  for (;;) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (accept(response.status, body)) return body;
      last = `${response.status} ${body}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`gateway at ${url} did not give the expected answer in ${timeoutMs} ms; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const backendAnswer = (name: string) => (status: number, body: string) => status === 200 && body.includes(`"backend":"${name}"`);

/** Awaits a call that must fail, and checks the SDK surfaced AWS's error type (err.name) and message. */
export async function expectAwsError(call: Promise<unknown>, name: string, message?: string | RegExp) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${name}`).toBeInstanceOf(Error);
  const { name: actualName, message: actualMessage, $metadata } = error as Error & { $metadata?: { httpStatusCode?: number; requestId?: string } };
  expect(actualName).toBe(name);
  if (message !== undefined) expect(actualMessage).toMatch(message);
  expect($metadata?.requestId, "every answer carries x-amzn-RequestId").toBeTruthy();
  return $metadata?.httpStatusCode;
}

/** A pattern that matches `text` and nothing else: AWS's error texts are compared whole. */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
