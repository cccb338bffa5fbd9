import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS, type AccessLogPreset } from "../../../lib/domain/observability/access-log";
import { formatRequestTime } from "../../../lib/domain/lambda-proxy/request-time";
import { DEFAULT_STAGE_SETTINGS, type StageSettings } from "../../../lib/domain/stage-settings";
import { mockMethod, proxyMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, eventually, startBackend, startGateway } from "../test-support/servers";
import { withStageSettings } from "../test-support/cache";

const CUSTOM =
  "$context.requestId $context.status $context.integration.status $context.integration.latency $context.integrationLatency " +
  '"$context.error.message" $context.error.responseType $context.xrayTraceId $context.isCanaryRequest $context.authorizer.principalId ' +
  "$context.stage $context.apiId $context.path $context.requestTimeEpoch $context.identity.userAgent";

const withFormat = (format: string): StageSettings => ({ ...DEFAULT_STAGE_SETTINGS, accessLogSettings: { format, destinationArn: "arn:aws:logs:us-east-1:000000000000:log-group:access" } });

let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  backend = await startBackend((_req, res) => res.writeHead(201, { "content-type": "text/plain" }).end("made"));
  const api = snapshot("accessapi1", "d1", {
    "/pets/{id}": { GET: mockMethod('{"id": 1}') },
    "/orders": { POST: mockMethod("created") },
    "/made": { GET: proxyMethod(`${backend.origin}/made`) },
  });
  const presets = Object.keys(ACCESS_LOG_PRESETS).map((name) => name.toLowerCase());
  const stages = [...presets, "custom", "broken", "none"].map((stageName) => ({ stageName, snapshot: api }));
  const settings: Record<string, StageSettings> = { custom: withFormat(CUSTOM), broken: withFormat("$context.status only") };
  for (const [name, format] of Object.entries(ACCESS_LOG_PRESETS)) settings[name.toLowerCase()] = withFormat(format);
  gw = await startGateway(withStageSettings(runtimeConfig("v1", stages), settings));
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

async function invoke(stage: string, path: string) {
  const res = await call(gw.url("accessapi1", stage, path), { headers: { "user-agent": "access-tests/1.0" } });
  const requestId = res.headers["x-amzn-requestid"] as string;
  await gw.gateway.telemetry.flush();
  await eventually(() => gw.sink.logs.some((log) => log.requestId === requestId));
  return gw.sink.logs.find((log) => log.requestId === requestId)!;
}

describe("access log line per stage format", () => {
  it.each(Object.keys(ACCESS_LOG_PRESETS) as AccessLogPreset[])("renders the %s preset with the request's values", async (preset) => {
    const record = await invoke(preset.toLowerCase(), "/pets/7");
    const values = {
      ip: "127.0.0.1",
      time: formatRequestTime(Date.parse(record.time)),
      requestId: record.requestId,
      extendedRequestId: record.extendedRequestId,
    };
    const expected = {
      CLF: `${values.ip} - - [${values.time}] "GET /pets/{id} HTTP/1.1" 200 9 ${values.requestId} ${values.extendedRequestId}`,
      JSON: `{ "requestId":"${values.requestId}", "extendedRequestId":"${values.extendedRequestId}", "ip": "${values.ip}", "caller":"-", "user":"-", "requestTime":"${values.time}", "httpMethod":"GET", "resourcePath":"/pets/{id}", "status":"200", "protocol":"HTTP/1.1", "responseLength":"9" }`,
      XML: `<request id="${values.requestId}"> <extendedRequestId>${values.extendedRequestId}</extendedRequestId> <ip>${values.ip}</ip> <caller>-</caller> <user>-</user> <requestTime>${values.time}</requestTime> <httpMethod>GET</httpMethod> <resourcePath>/pets/{id}</resourcePath> <status>200</status> <protocol>HTTP/1.1</protocol> <responseLength>9</responseLength> </request>`,
      CSV: `${values.ip},-,-,${values.time},GET,/pets/{id},HTTP/1.1,200,9,${values.requestId},${values.extendedRequestId}`,
    }[preset];
    expect(record.accessLog).toBe(expected);
    if (preset === "JSON") expect(JSON.parse(record.accessLog!)).toMatchObject({ status: "200", resourcePath: "/pets/{id}" });
  });

  it("fills integration, error and trace values, and prints - for what the request did not have", async () => {
    const proxied = await invoke("custom", "/made");
    const root = `Root=1-${proxied.traceId!.slice(0, 8)}-${proxied.traceId!.slice(8)}`;
    const latency = proxied.integrationLatencyMs;
    expect(proxied.accessLog).toBe(
      `${proxied.requestId} 201 201 ${latency} ${latency} "-" - ${root} - - custom accessapi1 /custom/made ${Date.parse(proxied.time)} access-tests/1.0`,
    );
    const refused = await invoke("custom", "/orders");
    expect(refused.accessLog).toBe(
      `${refused.requestId} 403 - - - "Missing Authentication Token" MISSING_AUTHENTICATION_TOKEN Root=1-${refused.traceId!.slice(0, 8)}-${refused.traceId!.slice(8)} - - custom accessapi1 /custom/orders ${Date.parse(refused.time)} access-tests/1.0`,
    );
  });

  it("writes no line for a stage without a format, or with a stored format that does not parse (and says so once)", async () => {
    expect((await invoke("none", "/pets/7")).accessLog).toBeUndefined();
    expect((await invoke("broken", "/pets/7")).accessLog).toBeUndefined();
    const warnings = gw.logger.lines.filter((line) => line.message.startsWith("access log format not used"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].fields).toMatchObject({ stage: "broken" });
  });
});
