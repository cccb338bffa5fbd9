import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RuntimeFunction } from "../../../lib/domain/runtime-contract";
import { FunctionHost } from "../functions/function-host";
import { LambdaRuntime } from "../lambda/lambda-runtime";
import { MemoryFunctionCodeSource } from "../lambda/code-source";
import { silentLogger } from "../ports/logger";
import { runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startGateway } from "../test-support/servers";
import { integrationMethod, lambdaUri, response } from "../test-support/integrations";

const enc = (text: string) => new TextEncoder().encode(text);
const ARN = (name: string, qualifier?: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}${qualifier ? `:${qualifier}` : ""}`;

const code: Record<string, Record<string, Uint8Array>> = {
  echo: {
    "index.mjs": enc(`export const handler = async (event, context) => ({
      statusCode: 201,
      headers: { "x-fn": context.functionName, "content-type": "application/json" },
      multiValueHeaders: { "set-cookie": ["a=1", "b=2"] },
      body: JSON.stringify({ path: event.path, resource: event.resource, id: event.pathParameters?.id, q: event.multiValueQueryStringParameters, stage: event.requestContext.stage, sv: event.stageVariables, body: event.body, version: context.functionVersion }),
    });`),
  },
  malformed: { "index.js": enc(`exports.handler = async () => ({ statusCode: 200, body: { not: "a string" } });`) },
  thrower: { "index.js": enc(`exports.handler = async () => { throw new Error("boom"); };`) },
  loop: { "index.js": enc(`exports.handler = async () => { for (;;) {} };`) },
  bomb: { "index.js": enc(`exports.handler = async () => { const a = []; for (;;) a.push(new Array(1e6).fill(1)); };`) },
  exiter: { "index.js": enc(`exports.handler = async () => { process.exit(2); };`) },
  traced: { "index.js": enc(`exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ traceparent: event.headers.traceparent, xray: event.headers["X-Amzn-Trace-Id"] }) });`) },
  v1: { "index.js": enc(`exports.handler = async () => ({ statusCode: 200, body: "one" });`) },
  v2: { "index.js": enc(`exports.handler = async () => ({ statusCode: 200, body: "two" });`) },
  nonproxy: {
    "index.js": enc(`exports.handler = async (event) => {
      if (event.kind === "bad") throw new Error("Malformed input: " + event.kind);
      if (event.kind === "missing") throw new Error("NotFound: pet " + event.id);
      return { greeting: "hello " + event.name };
    };`),
  },
};

function fn(name: string, version = "$LATEST", extra: Partial<RuntimeFunction> = {}): RuntimeFunction {
  return { name, version, key: `k-${name}-${version.replace("$", "")}`, handler: "index.handler", runtime: "nodejs20.x", codeSha256: name, environment: {}, timeoutMs: 3_000, memoryMb: 128, ...extra };
}

const proxy = (functionArn: string, timeoutInMillis = 29_000) =>
  integrationMethod({ type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri(functionArn), timeoutInMillis });

let dir: string;
let host: FunctionHost;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "portico-lambda-it-"));
  host = new FunctionHost({ workDir: dir, logger: silentLogger });
  const lambda = new LambdaRuntime(host, new MemoryFunctionCodeSource({ ...code, picker: code.v1 }), "us-east-1");
  const api = snapshot("lambdaapi1", "dep1", {
    "/echo/{id}": { ANY: proxy(ARN("echo")) },
    "/malformed": { GET: proxy(ARN("malformed")) },
    "/thrower": { GET: proxy(ARN("thrower")) },
    "/loop": { GET: proxy(ARN("loop", "$LATEST"), 1_000) },
    "/bomb": { GET: proxy(ARN("bomb")) },
    "/exiter": { GET: proxy(ARN("exiter")) },
    "/traced": { GET: proxy(ARN("traced")) },
    "/aliased": { GET: proxy(ARN("picker", "${stageVariables.alias}")) },
    "/greet": {
      POST: integrationMethod({
        type: "AWS",
        httpMethod: "POST",
        uri: lambdaUri(ARN("nonproxy")),
        requestTemplates: { "application/json": `{"kind": "$input.path('$.kind')", "name": "$input.path('$.name')", "id": "$input.params('id')"}` },
        integrationResponses: {
          "200": response("200", { responseTemplates: { "application/json": `{"message": "$input.path('$.greeting')"}` } }),
          "400": response("400", { selectionPattern: "Malformed.*", responseTemplates: { "application/json": `{"error": "$input.path('$.errorMessage')"}` } }),
          "404": response("404", { selectionPattern: "NotFound:.*" }),
        },
      }),
    },
  });
  const functions = {
    functions: [
      fn("echo"), fn("malformed"), fn("thrower"), fn("loop", "$LATEST", { timeoutMs: 60_000 }), fn("bomb", "$LATEST", { memoryMb: 128 }), fn("exiter"), fn("nonproxy"), fn("traced"),
      fn("picker", "1", { codeSha256: "v1", key: "k-picker-1" }), fn("picker", "2", { codeSha256: "v2", key: "k-picker-2" }),
    ],
    aliases: [
      { functionName: "picker", name: "live", functionVersion: "2", additionalVersionWeights: {} },
      { functionName: "picker", name: "beta", functionVersion: "1", additionalVersionWeights: {} },
    ],
  };
  const config = runtimeConfig("v1", [
    { stageName: "prod", snapshot: api, variables: { alias: "live" } },
    { stageName: "dev", snapshot: api, variables: { alias: "beta" } },
  ]);
  gw = await startGateway({ ...config, functions }, { lambda, accountId: "000000000000" });
}, 60_000);

afterAll(async () => {
  await gw.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("Lambda proxy integration (AWS_PROXY, payload 1.0)", () => {
  it("hands the function AWS's event and answers with its statusCode, headers and body", async () => {
    const res = await call(gw.url("lambdaapi1", "prod", "/echo/7?tag=a&tag=b"), { method: "PUT", headers: { "content-type": "text/plain" }, body: "hi" });
    expect(res.status).toBe(201);
    expect(res.headers["x-fn"]).toBe("echo");
    expect(res.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(JSON.parse(res.body)).toEqual({
      path: "/echo/7",
      resource: "/echo/{id}",
      id: "7",
      q: { tag: ["a", "b"] },
      stage: "prod",
      sv: { alias: "live" },
      body: "hi",
      version: "$LATEST",
    });
  }, 30_000);

  it("answers 502 Internal server error for a malformed answer and for a thrown error", async () => {
    for (const route of ["/malformed", "/thrower"]) {
      const res = await call(gw.url("lambdaapi1", "prod", route));
      expect([res.status, res.body]).toEqual([502, '{"message": "Internal server error"}']);
    }
  }, 30_000);

  it("hands the function the gateway's trace headers in the event, continuing the caller's trace", async () => {
    const caller = "4bf92f3577b34da6a3ce929d0e0e4736";
    const res = await call(gw.url("lambdaapi1", "prod", "/traced"), { headers: { traceparent: `00-${caller}-00f067aa0ba902b7-01` } });
    const seen = JSON.parse(res.body) as { traceparent: string; xray: string };
    expect(seen.traceparent).toMatch(new RegExp(`^00-${caller}-[0-9a-f]{16}-01$`));
    expect(seen.traceparent).not.toContain("00f067aa0ba902b7");
    const span = seen.traceparent.split("-")[2];
    expect(seen.xray).toBe(`Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Parent=${span};Sampled=1`);
    expect(res.headers["x-amzn-trace-id"]).toBe("Root=1-4bf92f35-77b34da6a3ce929d0e0e4736;Sampled=1");
  }, 30_000);

  it("picks the alias named by a stage variable, so each stage runs its own version", async () => {
    const prod = await call(gw.url("lambdaapi1", "prod", "/aliased"));
    const dev = await call(gw.url("lambdaapi1", "dev", "/aliased"));
    expect([prod.body, dev.body]).toEqual(["two", "one"]);
  }, 30_000);

  it("survives an infinite loop, a memory bomb and process.exit, and keeps serving", async () => {
    const loop = await call(gw.url("lambdaapi1", "prod", "/loop"));
    expect([loop.status, loop.body]).toEqual([504, '{"message": "Endpoint request timed out"}']);
    const bomb = await call(gw.url("lambdaapi1", "prod", "/bomb"));
    expect(bomb.status).toBe(502);
    const exiter = await call(gw.url("lambdaapi1", "prod", "/exiter"));
    expect(exiter.status).toBe(502);
    const after = await call(gw.url("lambdaapi1", "prod", "/echo/1"));
    expect(after.status).toBe(201);
  }, 60_000);
});

describe("Lambda non-proxy integration (AWS)", () => {
  it("renders the event from the request template and the answer from the response template", async () => {
    const res = await call(gw.url("lambdaapi1", "prod", "/greet"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"kind":"ok","name":"Ada"}' });
    expect([res.status, res.body]).toEqual([200, '{"message": "hello Ada"}']);
  }, 30_000);

  it("selects integration responses by a regex on the function error's errorMessage", async () => {
    const bad = await call(gw.url("lambdaapi1", "prod", "/greet"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"kind":"bad"}' });
    expect([bad.status, bad.body]).toEqual([400, '{"error": "Malformed input: bad"}']);
    const missing = await call(gw.url("lambdaapi1", "prod", "/greet"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"kind":"missing"}' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ errorMessage: "NotFound: pet ", errorType: "Error" });
  }, 30_000);
});

describe("function invocations by integrations", () => {
  it("travel with the runtime's telemetry for the Functions page, with status and log tail", async () => {
    await call(gw.url("lambdaapi1", "prod", "/thrower"));
    await gw.gateway.telemetry.flush();
    const invocations = gw.sink.batches.flatMap((batch) => batch.invocations ?? []);
    expect(invocations.find((i) => i.functionName === "echo")).toMatchObject({ qualifier: "$LATEST", status: "Success", errorType: null });
    const thrown = invocations.filter((i) => i.functionName === "thrower").at(-1);
    expect(thrown).toMatchObject({ status: "Unhandled", errorType: "Error" });
    expect(thrown?.logTail).toContain("REPORT RequestId:");
    expect(invocations.find((i) => i.functionName === "loop")?.status).toBe("Timeout");
  }, 30_000);
});
