import { describe, expect, it } from "vitest";
import { compileModels } from "./compile-models";
import { compileRequestValidation, validateRequest, type RequestToValidate } from "./request-validation";

const models = compileModels("abc123", [
  {
    name: "Pet",
    contentType: "application/json",
    schema: JSON.stringify({ type: "object", required: ["a", "b"], properties: { a: { type: "number" }, b: { type: "number" } } }),
  },
  { name: "Text", contentType: "text/plain", schema: JSON.stringify({ type: "string" }) },
]);

const both = { validateRequestBody: true, validateRequestParameters: true };
const request = (over: Partial<RequestToValidate> = {}): RequestToValidate => ({
  headers: {},
  querystring: {},
  path: {},
  body: null,
  ...over,
});

describe("request parameter validation", () => {
  // Mirrors LocalStack's AWS-validated snapshot: `[x-header-param, issuer, qs1]`.
  const method = {
    requestParameters: {
      "method.request.querystring.qs1": true,
      "method.request.path.issuer": true,
      "method.request.header.x-header-param": true,
      "method.request.querystring.optional": false,
    },
    requestModels: {},
  };

  it("lists every missing name, headers then path then query string, as AWS does", () => {
    expect(validateRequest(method, both, request(), models)).toEqual({
      ok: false,
      type: "BAD_REQUEST_PARAMETERS",
      message: "Missing required request parameters: [x-header-param, issuer, qs1]",
      validationErrorString: "Missing required request parameters: [x-header-param, issuer, qs1]",
    });
  });

  it("passes when every required parameter is present, matching header names case-insensitively", () => {
    const method2 = { ...method, requestParameters: { "method.request.header.X-Header-Param": true } };
    expect(validateRequest(method2, both, request({ headers: { "x-header-param": "v" } }), models)).toEqual({ ok: true });
  });

  it("treats a blank value as missing", () => {
    const result = validateRequest(
      method,
      both,
      request({ headers: { "x-header-param": "  " }, path: { issuer: "me" }, querystring: { qs1: "" } }),
      models,
    );
    expect(result.ok === false && result.message).toBe("Missing required request parameters: [x-header-param, qs1]");
  });

  it("accepts a multi-valued query parameter when one value is not blank", () => {
    const m = { requestParameters: { "method.request.querystring.q": true }, requestModels: {} };
    expect(validateRequest(m, both, request({ querystring: { q: ["", "x"] } }), models)).toEqual({ ok: true });
  });

  it("ignores required parameters when the validator does not validate parameters", () => {
    expect(validateRequest(method, { validateRequestBody: true, validateRequestParameters: false }, request(), models)).toEqual({
      ok: true,
    });
  });

  it("checks parameters before the body", () => {
    const m = { requestParameters: { "method.request.querystring.q": true }, requestModels: { "application/json": "Pet" } };
    const result = validateRequest(m, both, request({ body: "not json" }), models);
    expect(result.ok === false && result.type).toBe("BAD_REQUEST_PARAMETERS");
  });
});

describe("request body validation", () => {
  const method = { requestParameters: {}, requestModels: { "application/json": "Pet" } };

  it("passes a body that matches the model of its content type", () => {
    const result = validateRequest(method, both, request({ body: '{"a":1,"b":2}', contentType: "application/json" }), models);
    expect(result).toEqual({ ok: true });
  });

  it("fails a body that breaks the model with AWS's message, error string and log line", () => {
    const result = validateRequest(method, both, request({ body: '{"test":"test"}', contentType: "application/json" }), models);
    expect(result).toEqual({
      ok: false,
      type: "BAD_REQUEST_BODY",
      message: "Invalid request body",
      validationErrors: ['object has missing required properties (["a","b"])'],
      validationErrorString: '[object has missing required properties (["a","b"])]',
      logMessage:
        'Request body does not match model schema for content type application/json: [object has missing required properties (["a","b"])]',
    });
  });

  it("validates an empty body as {} (AWS rejects a GET without body when the model requires properties)", () => {
    const result = validateRequest(method, both, request({ body: "" }), models);
    expect(result.ok === false && result.validationErrorString).toBe('[object has missing required properties (["a","b"])]');
  });

  it("treats a request without Content-Type as application/json", () => {
    const result = validateRequest(method, both, request({ body: '{"a":1}' }), models);
    expect(result.ok === false && result.type).toBe("BAD_REQUEST_BODY");
  });

  it("ignores Content-Type parameters and case when choosing the model", () => {
    const result = validateRequest(method, both, request({ body: "{}", contentType: "Application/JSON; charset=utf-8" }), models);
    expect(result.ok === false && result.type).toBe("BAD_REQUEST_BODY");
  });

  it("does not validate a body whose content type has no model and there is no $default", () => {
    const result = validateRequest(method, both, request({ body: "<xml/>", contentType: "application/xml" }), models);
    expect(result).toEqual({ ok: true });
  });

  it("falls back to the $default model for other content types", () => {
    const m = { requestParameters: {}, requestModels: { $default: "Pet" } };
    const result = validateRequest(m, both, request({ body: '{"a":1,"b":"x"}', contentType: "text/anything" }), models);
    expect(result.ok === false && result.type === "BAD_REQUEST_BODY" && result.validationErrors).toEqual([
      'instance type (string) does not match any allowed primitive type (allowed: ["number"])',
    ]);
  });

  it("prefers the exact content type over $default", () => {
    const m = { requestParameters: {}, requestModels: { $default: "Pet", "text/plain": "Text" } };
    expect(validateRequest(m, both, request({ body: '"hello"', contentType: "text/plain" }), models)).toEqual({ ok: true });
  });

  it("fails a body that is not JSON", () => {
    const result = validateRequest(method, both, request({ body: "a=1&b=2" }), models);
    expect(result.ok === false && result.type).toBe("BAD_REQUEST_BODY");
  });

  it("fails the body when the method names a model the API does not have", () => {
    const m = { requestParameters: {}, requestModels: { "application/json": "Ghost" } };
    const result = validateRequest(m, both, request({ body: "{}" }), models);
    expect(result.ok === false && result.type).toBe("BAD_REQUEST_BODY");
  });

  it("skips body checks when the validator only validates parameters", () => {
    const result = validateRequest(method, { validateRequestBody: false, validateRequestParameters: true }, request({ body: "x" }), models);
    expect(result).toEqual({ ok: true });
  });
});

describe("compileRequestValidation", () => {
  it("returns null when there is nothing to check, so the stage can be left out", () => {
    expect(compileRequestValidation({ requestParameters: { "method.request.path.id": false }, requestModels: {} }, both, models)).toBeNull();
    expect(
      compileRequestValidation(
        { requestParameters: { "method.request.path.id": true }, requestModels: { "application/json": "Pet" } },
        { validateRequestBody: false, validateRequestParameters: false },
        models,
      ),
    ).toBeNull();
  });

  it("compiles once and validates many requests", () => {
    const check = compileRequestValidation({ requestParameters: {}, requestModels: { "application/json": "Pet" } }, both, models)!;
    expect(check(request({ body: '{"a":1,"b":2}' }))).toEqual({ ok: true });
    expect(check(request({ body: '{"a":1}' })).ok).toBe(false);
  });
});
