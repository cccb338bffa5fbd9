import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { request } from "undici";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";

const MISSING_TOKEN = '{"message":"Missing Authentication Token"}';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let slow: Awaited<ReturnType<typeof startBackend>>;
let closedPort: number;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  slow = await startBackend((req, res) => {
    req.resume();
    setTimeout(() => res.end("late"), 1_000).unref();
  });
  const gone = await startBackend(() => {});
  closedPort = gone.port;
  await gone.close();
  const api = snapshot("errorsapi1", "dep1", {
    "/pets": { GET: mockMethod("[]") },
    "/slow": { GET: proxyMethod(`${slow.origin}/slow`, { timeoutInMillis: 100 }) },
    "/down": { GET: proxyMethod(`http://127.0.0.1:${closedPort}/down`) },
    "/upload": { POST: proxyMethod(`${slow.origin}/upload`) },
  });
  gw = await startGateway(runtimeConfig("v1", [{ stageName: "prod", snapshot: api }]), { maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await gw.close();
  await slow.close();
});

function expectAwsError(res: Awaited<ReturnType<typeof call>>, status: number, body: string, errorType: string) {
  expect(res.status).toBe(status);
  expect(res.body).toBe(body);
  expect(res.headers["content-type"]).toBe("application/json");
  expect(res.headers["x-amzn-errortype"]).toBe(errorType);
  expect(res.headers["x-amzn-requestid"]).toMatch(UUID);
  expect(res.headers["x-amz-apigw-id"]).toMatch(/^[A-Za-z0-9+/]{15}=$/);
}

describe("AWS's error answers, byte for byte", () => {
  it.each([
    ["an unknown API", "/restapis/nosuchapi1/prod/_user_request_/pets"],
    ["an unknown stage", "/restapis/errorsapi1/nostage/_user_request_/pets"],
    ["an unknown path", "/restapis/errorsapi1/prod/_user_request_/cats"],
    ["a URL that is no invoke URL", "/favicon.ico"],
  ])("answers 403 Missing Authentication Token for %s", async (_, path) => {
    expectAwsError(await call(`${gw.origin}${path}`), 403, MISSING_TOKEN, "MissingAuthenticationTokenException");
  });

  it("answers 403 Missing Authentication Token for a method the resource lacks", async () => {
    const res = await call(gw.url("errorsapi1", "prod", "/pets"), { method: "DELETE" });
    expectAwsError(res, 403, MISSING_TOKEN, "MissingAuthenticationTokenException");
  });

  it("answers 502 when the backend is unreachable", async () => {
    const res = await call(gw.url("errorsapi1", "prod", "/down"));
    expectAwsError(res, 502, '{"message": "Internal server error"}', "InternalServerErrorException");
  });

  it("answers 504 after timeoutInMillis and logs integration latency -1", async () => {
    const started = Date.now();
    const res = await call(gw.url("errorsapi1", "prod", "/slow"));
    expect(Date.now() - started).toBeLessThan(900);
    expectAwsError(res, 504, '{"message": "Endpoint request timed out"}', "InternalServerErrorException");
    await gw.gateway.telemetry.flush();
    const record = await eventually(() => gw.sink.logs.some((log) => log.requestId === res.headers["x-amzn-requestid"]));
    expect(record).toBe(true);
    const log = gw.sink.logs.find((entry) => entry.requestId === res.headers["x-amzn-requestid"])!;
    expect(log).toMatchObject({ status: 504, integrationLatencyMs: -1, errorType: "INTEGRATION_TIMEOUT", resourcePath: "/slow" });
  });

  it("answers 413 for a declared body over the payload limit", async () => {
    const res = await call(gw.url("errorsapi1", "prod", "/upload"), { method: "POST", body: Buffer.alloc(65 * 1024) });
    expectAwsError(res, 413, '{"message":"Request Too Long"}', "RequestTooLargeException");
  });

  it("answers 413 for a chunked body once it crosses the limit", async () => {
    async function* chunks() {
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1024);
    }
    const response = await request(gw.url("errorsapi1", "prod", "/upload"), { method: "POST", body: Readable.from(chunks()) });
    expect(response.statusCode).toBe(413);
    expect(await response.body.text()).toBe('{"message":"Request Too Long"}');
  });
});

describe("request ids", () => {
  it("honours a client-supplied UUID and replaces anything else", async () => {
    const mine = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const kept = await call(gw.url("errorsapi1", "prod", "/pets"), { headers: { "x-amzn-requestid": mine } });
    expect(kept.headers["x-amzn-requestid"]).toBe(mine);
    const replaced = await call(gw.url("errorsapi1", "prod", "/pets"), { headers: { "x-amzn-requestid": "not-a-uuid" } });
    expect(replaced.headers["x-amzn-requestid"]).toMatch(UUID);
  });

  it("gives every answer a fresh id pair", async () => {
    const a = await call(gw.url("errorsapi1", "prod", "/pets"));
    const b = await call(gw.url("errorsapi1", "prod", "/nope"));
    expect(a.headers["x-amzn-requestid"]).not.toBe(b.headers["x-amzn-requestid"]);
    expect(a.headers["x-amz-apigw-id"]).not.toBe(b.headers["x-amz-apigw-id"]);
  });
});

describe("invoke URL forms", () => {
  it("serves the same stage by path and by execute-api host", async () => {
    const byPath = await call(gw.url("errorsapi1", "prod", "/pets"));
    const byHost = await call(`${gw.origin}/prod/pets`, { headers: { host: `errorsapi1.execute-api.localhost:${gw.port}` } });
    expect([byPath.status, byPath.body]).toEqual([200, "[]"]);
    expect([byHost.status, byHost.body]).toEqual([200, "[]"]);
    const wrongStage = await call(`${gw.origin}/dev/pets`, { headers: { host: "errorsapi1.execute-api.example.com" } });
    expect(wrongStage.status).toBe(403);
  });
});
