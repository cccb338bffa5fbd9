import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALL_METHODS_KEY,
  DEFAULT_METHOD_SETTING,
  DEFAULT_STAGE_SETTINGS,
  methodSettingKey,
  type LoggingLevel,
  type StageSettings,
} from "../../../lib/domain/stage-settings";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";
import { withStageSettings } from "../test-support/cache";

const SECRETS = { authorization: "Bearer super-secret-token-123", "x-api-key": "apikey-value-4567890", cookie: "session=abcdefghijklmnop" };

function logging(level: LoggingLevel, dataTrace = false, methods: Record<string, LoggingLevel> = {}): StageSettings {
  const methodSettings: StageSettings["methodSettings"] = {
    [ALL_METHODS_KEY]: { ...DEFAULT_METHOD_SETTING, loggingLevel: level, dataTraceEnabled: dataTrace },
  };
  for (const [where, own] of Object.entries(methods)) {
    methodSettings[methodSettingKey(...(where.split(" ") as [string, string]))] = { ...DEFAULT_METHOD_SETTING, loggingLevel: own };
  }
  return { ...DEFAULT_STAGE_SETTINGS, methodSettings };
}

let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  // Echoes the request body, so a large body comes back as a large response.
  backend = await startBackend((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => res.writeHead(200, { "content-type": "text/plain" }).end(Buffer.concat(chunks)));
  });
  const api = snapshot("execlogapi", "d1", {
    "/pets/{id}": { GET: mockMethod('{"id": 1}') },
    "/quiet": { GET: mockMethod("quiet") },
    "/teapot": { GET: mockMethod("no", { status: 418 }) },
    "/down": { GET: proxyMethod("http://127.0.0.1:1/unreachable") },
    "/upload": { POST: mockMethod("stored") },
    "/echo": { POST: proxyMethod(`${backend.origin}/echo`) },
  });
  const stages = ["off", "errors", "info", "trace"].map((stageName) => ({ stageName, snapshot: api }));
  const config = withStageSettings(runtimeConfig("v1", stages), {
    errors: logging("ERROR"),
    info: logging("INFO", false, { "/quiet GET": "OFF" }),
    trace: logging("INFO", true),
  });
  gw = await startGateway(config);
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

async function invoke(stage: string, path: string, init: Parameters<typeof call>[1] = {}) {
  const res = await call(gw.url("execlogapi", stage, path), init);
  const requestId = res.headers["x-amzn-requestid"] as string;
  await gw.gateway.telemetry.flush();
  await eventually(() => gw.sink.logs.some((log) => log.requestId === requestId));
  const record = gw.sink.logs.find((log) => log.requestId === requestId)!;
  // Stored without AWS's "(<requestId>) " stream prefix: the record carries the id once.
  const lines = record.executionLog;
  for (const line of lines ?? []) expect(line.startsWith("(")).toBe(false);
  return { res, record, lines };
}

describe("execution log per method setting", () => {
  it("writes nothing when loggingLevel is OFF (the default)", async () => {
    for (const path of ["/pets/1", "/down", "/nothing"]) expect((await invoke("off", path)).record.executionLog).toBeUndefined();
  });

  it("at ERROR keeps only failed requests: their error lines and the completion line", async () => {
    expect((await invoke("errors", "/pets/1")).lines).toBeUndefined();
    expect((await invoke("errors", "/teapot")).lines).toBeUndefined();
    const { lines } = await invoke("errors", "/down");
    expect(lines).toEqual([
      "Execution failed due to an integration failure: the endpoint could not be reached or its answer was unusable",
      "Gateway response type: INTEGRATION_FAILURE with status code: 502",
      "Method completed with status: 502",
    ]);
  });

  it("at INFO tells the request's story as AWS does, credentials masked and no bodies", async () => {
    const { res, lines, record } = await invoke("info", "/pets/1?x=1", { headers: SECRETS });
    expect(res.status).toBe(200);
    expect(lines?.slice(0, 5)).toEqual([
      `Extended Request Id: ${record.extendedRequestId}`,
      `Starting execution for request: ${record.requestId}`,
      "HTTP Method: GET, Resource Path: /pets/1",
      "Method request path: {id=1}",
      "Method request query string: {x=1}",
    ]);
    const headers = lines!.find((line) => line.startsWith("Method request headers: "))!;
    expect(headers).toContain("authorization=**********-123");
    expect(headers).toContain("x-api-key=**********7890");
    expect(headers).toContain("cookie=**********mnop");
    expect(lines).toContain("Method response headers: {content-type=application/json, content-length=9}");
    expect(lines!.slice(-2)).toEqual(["Successfully completed execution", "Method completed with status: 200"]);
    expect(lines!.some((line) => line.includes("body"))).toBe(false);
    const stored = JSON.stringify(gw.sink.batches);
    for (const secret of ["super-secret-token-123", "apikey-value-4567890", "abcdefghijklmnop"]) expect(stored).not.toContain(secret);
  });

  it("at INFO also logs failures, and a method's own OFF setting beats the stage-wide INFO", async () => {
    const { lines } = await invoke("info", "/down");
    expect(lines).toContain("Endpoint request URI: http://127.0.0.1:1/unreachable");
    expect(lines).toContain("Gateway response type: INTEGRATION_FAILURE with status code: 502");
    expect(lines).not.toContain("Successfully completed execution");
    expect((await invoke("info", "/quiet")).record.executionLog).toBeUndefined();
  });

  it("logs nothing at method level for a request that matched no method (AWS has no method settings for it)", async () => {
    const { res, record } = await invoke("info", "/nothing");
    expect(res.status).toBe(403);
    expect(record.executionLog).toBeUndefined();
  });

  it("with data trace adds bodies, each cut at 1 KB with a visible marker", async () => {
    const big = "a".repeat(3_000);
    const mock = await invoke("trace", "/upload", { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(mock.lines).toContain(`Method request body before transformations: ${"a".repeat(1_024)} [TRUNCATED]`);
    expect(mock.lines).toContain("Method response body after transformations: stored");

    const proxied = await invoke("trace", "/echo", { method: "POST", headers: { "content-type": "text/plain", ...SECRETS }, body: big });
    expect(proxied.res.body).toBe(big);
    expect(proxied.lines).toContain(`Method request body before transformations: ${"a".repeat(1_024)} [TRUNCATED]`);
    expect(proxied.lines).toContain(`Endpoint response body before transformations: ${"a".repeat(1_024)} [TRUNCATED]`);
    const sent = proxied.lines!.find((line) => line.startsWith("Endpoint request headers: "))!;
    expect(sent).toContain(`traceparent=00-${proxied.record.traceId}-${proxied.record.spanId}-01`);
    expect(sent).toContain("authorization=**********-123");
    expect(JSON.stringify(proxied.record)).not.toContain("super-secret-token-123");

    const small = await invoke("trace", "/upload", { method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"rex"}' });
    expect(small.lines).toContain('Method request body before transformations: {"name":"rex"}');
  });
});
