import { describe, expect, it } from "vitest";
import { MALFORMED_PROXY_RESPONSE, parseProxyResponseV1 } from "./parse-response-v1";

const text = (body: Uint8Array) => new TextDecoder().decode(body);
const parse = (value: unknown, options = {}) => parseProxyResponseV1(JSON.stringify(value), options);
const malformed = { ok: false, reason: MALFORMED_PROXY_RESPONSE, type: "INTEGRATION_FAILURE", status: 502 };

describe("parseProxyResponseV1 (AWS's Lambda proxy output, payload 1.0)", () => {
  it("reads status, headers and body", () => {
    const r = parse({ statusCode: 201, headers: { "Content-Type": "text/plain", "x-a": "1" }, body: "hi" });
    expect(r.ok && { status: r.status, headers: r.headers, body: text(r.body) }).toEqual({
      status: 201,
      headers: [
        ["Content-Type", "text/plain"],
        ["x-a", "1"],
      ],
      body: "hi",
    });
  });

  it("defaults to 200, application/json and an empty body when keys are missing", () => {
    const r = parse({ headers: { "test-header": "value" } });
    expect(r.ok && { status: r.status, headers: r.headers, body: text(r.body) }).toEqual({
      status: 200,
      headers: [
        ["content-type", "application/json"],
        ["test-header", "value"],
      ],
      body: "",
    });
    expect(parse({}).ok).toBe(true);
  });

  it("accepts a numeric string status and refuses a non-numeric one", () => {
    const r = parse({ statusCode: "201" });
    expect(r.ok && r.status).toBe(201);
    expect(parse({ statusCode: "test" })).toEqual(malformed);
    expect(parse({ statusCode: 200.5 })).toEqual(malformed);
    expect(parse({ statusCode: 42 })).toEqual(malformed);
  });

  it("refuses any top-level key AWS does not know", () => {
    expect(parse({ statusCode: 200, wrongValue: "value" })).toEqual(malformed);
    expect(parse({ statusCode: 200, cookies: ["a=b"] })).toEqual(malformed);
  });

  it("refuses payloads that are not a JSON object", () => {
    expect(parseProxyResponseV1("not json")).toEqual(malformed);
    expect(parseProxyResponseV1("")).toEqual(malformed);
    expect(parse("justAString")).toEqual(malformed);
    expect(parse(null)).toEqual(malformed);
    expect(parse([{ statusCode: 200 }])).toEqual(malformed);
  });

  it("names the function error in the log reason when the function threw", () => {
    const r = parse({ errorMessage: "boom", errorType: "Error", stackTrace: [] });
    expect(r).toEqual({ ...malformed, reason: "Lambda execution failed with status 200 due to customer function error: boom" });
  });

  it("sends boolean and number header values as text, and leaves null ones out", () => {
    const r = parse({ headers: { "header-bool": true, "x-count": 3, "x-null": null } });
    expect(r.ok && r.headers).toEqual([
      ["content-type", "application/json"],
      ["header-bool", "true"],
      ["x-count", "3"],
    ]);
  });

  it("refuses object header values and a multiValueHeaders entry that is not a list", () => {
    expect(parse({ headers: { a: { b: 1 } } })).toEqual(malformed);
    expect(parse({ headers: ["a"] })).toEqual(malformed);
    expect(parse({ multiValueHeaders: { "test-multi-invalid": "value1" } })).toEqual(malformed);
  });

  it("accepts headers: null", () => {
    expect(parse({ statusCode: 200, headers: null }).ok).toBe(true);
  });

  it("sends every value of multiValueHeaders, which replaces the same name in headers whatever its case", () => {
    const r = parse({ multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"], "tesT-Multi": ["value-multi"] }, headers: { "test-multi": "value-solo", x: "y" } });
    expect(r.ok && r.headers).toEqual([
      ["content-type", "application/json"],
      ["x", "y"],
      ["Set-Cookie", "a=1"],
      ["Set-Cookie", "b=2"],
      ["tesT-Multi", "value-multi"],
    ]);
  });

  it("refuses an object body and sends a number body as its text", () => {
    expect(parse({ body: { a: 1 } })).toEqual(malformed);
    const r = parse({ body: 42 });
    expect(r.ok && text(r.body)).toBe("42");
  });

  it("decodes an isBase64Encoded body when the client's first Accept type is binary", () => {
    const value = { body: "/wAB", isBase64Encoded: true, headers: { "Content-Type": "image/png" } };
    const r = parse(value, { accept: "image/png,*/*", binaryMediaTypes: ["image/png"] });
    expect(r.ok && [...r.body]).toEqual([0xff, 0x00, 0x01]);
    const any = parse(value, { accept: "text/html", binaryMediaTypes: ["*/*"] });
    expect(any.ok && [...any.body]).toEqual([0xff, 0x00, 0x01]);
  });

  it("returns the base64 text as is when the API has no matching binary media type", () => {
    const r = parse({ body: "dGVzdC1kYXRh", isBase64Encoded: true }, { accept: "application/json", binaryMediaTypes: ["image/png"] });
    expect(r.ok && text(r.body)).toBe("dGVzdC1kYXRh");
  });

  it("answers AWS's 500 configuration error for a body that is not base64", () => {
    const r = parse({ body: "not base64!", isBase64Encoded: true }, { accept: "image/png", binaryMediaTypes: ["image/png"] });
    expect(r).toEqual({ ok: false, reason: "Unable to base64 decode the body", type: "API_CONFIGURATION_ERROR", status: 500 });
  });

  it("refuses an isBase64Encoded that is not a boolean", () => {
    expect(parse({ isBase64Encoded: "yes" })).toEqual(malformed);
    expect(parse({ isBase64Encoded: "false", body: "x" }).ok).toBe(true);
  });

  it("encodes a text body as UTF-8", () => {
    const r = parse({ body: "héllo ✓" });
    expect(r.ok && text(r.body)).toBe("héllo ✓");
  });
});
