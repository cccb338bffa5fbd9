import { describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS, parseAccessLogFormat, renderAccessLog, type AccessLogPreset } from "./access-log";

const values: Record<string, string | number> = {
  requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  extendedRequestId: "KbOkAGS1IAMFvmQ=",
  "identity.sourceIp": "203.0.113.7",
  requestTime: "22/Nov/2026:10:00:00 +0000",
  httpMethod: "GET",
  resourcePath: "/pets/{id}",
  protocol: "HTTP/1.1",
  status: 403,
  responseLength: 42,
};
const lookup = (name: string) => values[name];

describe("access log presets", () => {
  it.each(Object.keys(ACCESS_LOG_PRESETS) as AccessLogPreset[])("%s is accepted as AWS's console offers it", (preset) => {
    expect(parseAccessLogFormat(ACCESS_LOG_PRESETS[preset]).ok).toBe(true);
  });

  it("renders CLF with empty caller and user as '-'", () => {
    const parsed = parseAccessLogFormat(ACCESS_LOG_PRESETS.CLF);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(renderAccessLog(parsed.segments, lookup)).toBe(
      '203.0.113.7 - - [22/Nov/2026:10:00:00 +0000] "GET /pets/{id} HTTP/1.1" 403 42 c6af9ac6-7b61-11e6-9a41-93e8deadbeef KbOkAGS1IAMFvmQ=',
    );
  });

  it("renders the JSON preset as parseable JSON with every field", () => {
    const parsed = parseAccessLogFormat(ACCESS_LOG_PRESETS.JSON);
    if (!parsed.ok) throw new Error(parsed.message);
    const line = JSON.parse(renderAccessLog(parsed.segments, lookup));
    expect(line).toEqual({
      requestId: values.requestId,
      extendedRequestId: values.extendedRequestId,
      ip: "203.0.113.7",
      caller: "-",
      user: "-",
      requestTime: values.requestTime,
      httpMethod: "GET",
      resourcePath: "/pets/{id}",
      status: "403",
      protocol: "HTTP/1.1",
      responseLength: "42",
    });
  });

  it("renders XML and CSV in the presets' order", () => {
    const xml = parseAccessLogFormat(ACCESS_LOG_PRESETS.XML);
    const csv = parseAccessLogFormat(ACCESS_LOG_PRESETS.CSV);
    if (!xml.ok || !csv.ok) throw new Error("preset refused");
    expect(renderAccessLog(xml.segments, lookup)).toContain(`<request id="${values.requestId}"> <extendedRequestId>KbOkAGS1IAMFvmQ=</extendedRequestId>`);
    expect(renderAccessLog(xml.segments, lookup)).toContain("<status>403</status>");
    expect(renderAccessLog(csv.segments, lookup).split(",")).toEqual([
      "203.0.113.7", "-", "-", values.requestTime, "GET", "/pets/{id}", "HTTP/1.1", "403", "42", values.requestId, values.extendedRequestId,
    ]);
  });
});

describe("access log format checks", () => {
  it("refuses a format without a request id, as AWS does", () => {
    expect(parseAccessLogFormat("$context.status $context.httpMethod")).toEqual({
      ok: false,
      message: "The access log format must include $context.requestId or $context.extendedRequestId.",
    });
  });

  it("names unknown variables", () => {
    const parsed = parseAccessLogFormat("$context.requestId $context.statuz $context.identity.nope");
    expect(parsed).toEqual({ ok: false, message: "Unknown access log variables: $context.statuz, $context.identity.nope." });
  });

  it("refuses empty and multi-line formats", () => {
    expect(parseAccessLogFormat("  ").ok).toBe(false);
    expect(parseAccessLogFormat("$context.requestId\n$context.status").ok).toBe(false);
  });

  it("accepts authorizer claims and keeps the text around variables", () => {
    const parsed = parseAccessLogFormat("id=$context.requestId sub=$context.authorizer.claims.sub.");
    if (!parsed.ok) throw new Error(parsed.message);
    expect(renderAccessLog(parsed.segments, (name) => (name === "requestId" ? "r1" : name === "authorizer.claims.sub" ? "u9" : undefined))).toBe(
      "id=r1 sub=u9.",
    );
  });
});
