import { describe, expect, it } from "vitest";
import { explainRequest, type ExplainableRecord } from "./explain";

const links = { apiId: "a1", stageName: "prod", resourceId: "r9" };
const ok: ExplainableRecord = { httpMethod: "GET", path: "/prod/pets/1", status: 200, errorType: null };
const missing: ExplainableRecord = { ...ok, status: 403, errorType: "MISSING_AUTHENTICATION_TOKEN", errorMessage: "Missing Authentication Token" };

describe("explainRequest: requests that did not fail", () => {
  it("says nothing about a success or about a backend's own 4xx", () => {
    expect(explainRequest(ok, links)).toBeNull();
    expect(explainRequest({ ...ok, status: 404 }, links)).toBeNull();
  });
});

describe("explainRequest: 403 Missing Authentication Token", () => {
  it("names the missing method, the methods the resource has, and opens the resource in the designer", () => {
    const got = explainRequest({ ...missing, route: { stageFound: true, resourcePath: "/pets/{id}", resourceMethods: ["POST"], httpMethod: null } }, links);
    expect(got?.text).toContain("No method GET on /pets/{id} in stage prod; the resource has POST only");
    expect(got?.text).toContain("unsigned call to a route it does not have");
    expect(got?.fix).toEqual({ label: "Open /pets/{id} in the designer", href: "/apis/a1?resource=r9" });
  });

  it("lists several methods in words, and says when the resource has none", () => {
    const two = explainRequest({ ...missing, route: { stageFound: true, resourcePath: "/pets", resourceMethods: ["POST", "PUT", "DELETE"], httpMethod: null } }, links);
    expect(two?.text).toContain("the resource has POST, PUT and DELETE only");
    const none = explainRequest({ ...missing, route: { stageFound: true, resourcePath: "/pets", httpMethod: null } }, { apiId: "a1", stageName: "prod" });
    expect(none?.text).toContain("the resource has no methods");
    expect(none?.fix?.href).toBe("/apis/a1");
  });

  it("says no resource matches the path, with a link to the resources", () => {
    const got = explainRequest({ ...missing, path: "/prod/pet", route: { stageFound: true, resourcePath: null, httpMethod: null } }, links);
    expect(got?.text).toContain("No resource matches /prod/pet in stage prod");
    expect(got?.fix).toEqual({ label: "Open the resources", href: "/apis/a1" });
  });

  it("says the stage is not deployed when routing found no stage", () => {
    const got = explainRequest({ ...missing, route: { stageFound: false, resourcePath: null, httpMethod: null } }, { apiId: "a1", stageName: "prd" });
    expect(got?.text).toContain("Stage prd is not deployed for this API");
    expect(got?.fix).toEqual({ label: "Deploy the API to prd", href: "/apis/a1" });
  });

  it("still explains a record written before route facts existed", () => {
    expect(explainRequest(missing, links)?.text).toContain("No resource and method match GET /prod/pets/1 in stage prod");
  });
});

describe("explainRequest: API keys, throttling and quotas", () => {
  const key: ExplainableRecord = { ...ok, status: 403, errorType: "INVALID_API_KEY", errorMessage: "Forbidden" };

  it("tells a missing key from a known key that is not allowed on the stage", () => {
    const none = explainRequest({ ...key, timeline: [{ step: "apiKey", startMs: 0, durationMs: 0, outcome: "stopped", detail: "no x-api-key header" }] }, links);
    expect(none?.title).toBe("Missing or unknown API key");
    expect(none?.text).toContain("no x-api-key header");
    expect(none?.fix?.href).toBe("/customers");
    const known = explainRequest({ ...key, errorType: "FORBIDDEN", apiKeyId: "k1" }, links);
    expect(known?.text).toContain("not in a usage plan that includes stage prod");
    expect(known?.fix?.href).toBe("/customers/k1");
  });

  const throttled = (detail?: string, apiKeyId?: string): ExplainableRecord => ({
    ...ok,
    status: 429,
    errorType: "THROTTLED",
    apiKeyId,
    timeline: detail ? [{ step: "throttle", startMs: 1, durationMs: 0, outcome: "stopped", detail }] : [],
  });

  it("names the throttling limit the throttle step reported", () => {
    const plan = explainRequest(throttled("usage plan p1: 5 rps, burst 10", "k1"), links);
    expect([plan?.title, plan?.fix?.href]).toEqual(["Throttled by the usage plan", "/customers/k1"]);
    expect(plan?.text).toContain("usage plan p1: 5 rps, burst 10");
    expect(explainRequest(throttled("usage plan p1"), links)?.fix?.href).toBe("/usage-plans");
    const account = explainRequest(throttled("account: 10000 rps"), links);
    expect([account?.title, account?.fix]).toEqual(["Throttled by the account limit", undefined]);
    const stage = explainRequest(throttled("stage method GET /pets: 1 rps"), links);
    expect([stage?.title, stage?.fix?.href]).toEqual(["Throttled by the stage", "/apis/a1/stages/prod"]);
    expect(explainRequest(throttled(), links)?.title).toBe("Throttled by the stage");
  });

  it("explains an exhausted quota and links to the key's usage", () => {
    const withKey = explainRequest({ ...ok, status: 429, errorType: "QUOTA_EXCEEDED", apiKeyId: "k1" }, links);
    expect(withKey?.text).toContain("The API key k1 has used its usage plan's request quota");
    expect(withKey?.fix?.href).toBe("/customers/k1");
    expect(explainRequest({ ...ok, status: 429, errorType: "QUOTA_EXCEEDED" }, links)?.fix?.href).toBe("/usage-plans");
  });
});

describe("explainRequest: validation and size", () => {
  it("quotes the validation error for a bad body, from the timeline, the log or the message", () => {
    const body: ExplainableRecord = { ...ok, status: 400, errorType: "BAD_REQUEST_BODY", errorMessage: "Invalid request body" };
    const step = explainRequest({ ...body, timeline: [{ step: "validate", startMs: 0, durationMs: 1, outcome: "stopped", detail: "name: required" }] }, links);
    expect(step?.text).toContain("it failed: name: required.");
    expect(step?.fix?.href).toBe("/apis/a1?resource=r9&method=GET");
    const log = explainRequest({ ...body, executionLog: ["x", "Request body does not match model schema for content type application/json: [age]"] }, links);
    expect(log?.text).toContain("does not match model schema");
    expect(explainRequest(body, links)?.text).toContain("it failed: Invalid request body.");
  });

  it("falls back to AWS's message when nothing more precise was recorded", () => {
    expect(explainRequest({ ...ok, status: 400, errorType: "BAD_REQUEST_BODY" }, links)?.text).toContain("it failed: Invalid request body.");
  });

  it("quotes the missing parameters, from the message or the validate step", () => {
    const params: ExplainableRecord = { ...ok, status: 400, errorType: "BAD_REQUEST_PARAMETERS" };
    expect(explainRequest({ ...params, errorMessage: "Missing required request parameters: [q]" }, links)?.text).toContain("Missing required request parameters: [q]");
    const step = explainRequest({ ...params, timeline: [{ step: "validate", startMs: 0, durationMs: 0, outcome: "stopped", detail: "header x-id" }] }, links);
    expect(step?.text).toContain("found required parameters missing: header x-id.");
    expect(explainRequest(params, links)?.fix?.label).toBe("Open the method's request parameters");
  });

  it("explains a 413 with or without its error type", () => {
    expect(explainRequest({ ...ok, status: 413, errorType: "REQUEST_TOO_LARGE" }, links)?.text).toContain("10 MB");
    expect(explainRequest({ ...ok, status: 413, errorType: null }, links)?.title).toBe("Request too large");
  });
});

describe("explainRequest: integrations", () => {
  const failed: ExplainableRecord = { ...ok, status: 502, errorType: "INTEGRATION_FAILURE" };

  it("explains a malformed Lambda proxy response and links to the function", () => {
    const got = explainRequest(
      { ...failed, executionLog: ["Endpoint request URI: arn:aws:lambda:eu-west-3:123456789012:function:pets-fn/invocations", "Execution failed due to configuration error: Malformed Lambda proxy response"] },
      links,
    );
    expect(got?.title).toBe("Malformed Lambda proxy response");
    expect(got?.text).toContain("body (a string");
    expect(got?.fix).toEqual({ label: "Open function pets-fn", href: "/functions/pets-fn" });
  });

  it("explains a function error, and a 502 recorded without its error type", () => {
    const line = "Lambda execution failed with status 200 due to customer function error: boom";
    const got = explainRequest({ ...failed, executionLog: [line] }, links);
    expect([got?.title, got?.fix?.href]).toEqual(["The Lambda function failed", "/apis/a1?resource=r9&method=GET"]);
    expect(explainRequest({ ...failed, errorType: null, executionLog: [line] }, links)?.title).toBe("The Lambda function failed");
  });

  it("links a malformed response to the method when the function is not named", () => {
    const got = explainRequest({ ...failed, executionLog: ["Execution failed due to configuration error: Malformed Lambda proxy response"] }, links);
    expect(got?.fix).toEqual({ label: "Open the method in the designer", href: "/apis/a1?resource=r9&method=GET" });
  });

  it("quotes the execution log of a failed HTTP integration", () => {
    const got = explainRequest({ ...failed, executionLog: ["Execution failed due to configuration error: Invalid endpoint address"] }, links);
    expect(got?.title).toBe("Integration failed");
    expect(got?.text).toContain("The execution log says: Execution failed due to configuration error: Invalid endpoint address");
  });

  it("explains an unreachable HTTP backend", () => {
    const got = explainRequest({ ...failed, timeline: [{ step: "integration", startMs: 2, durationMs: 3, outcome: "error", detail: "ECONNREFUSED http://127.0.0.1:9" }] }, links);
    expect(got?.title).toBe("Integration failed");
    expect(got?.text).toContain("(ECONNREFUSED http://127.0.0.1:9)");
  });

  it("explains a timeout with how long the gateway waited", () => {
    const got = explainRequest({ ...ok, status: 504, errorType: "INTEGRATION_TIMEOUT", timeline: [{ step: "integration", startMs: 1, durationMs: 29000.4, outcome: "error" }] }, links);
    expect(got?.text).toContain("gave up after 29000 ms");
    expect(explainRequest({ ...ok, status: 504, errorType: "INTEGRATION_TIMEOUT" }, links)?.text).not.toContain("gave up");
  });

  it("passes on a backend's 5xx as the backend's", () => {
    const got = explainRequest({ ...ok, status: 503, errorType: null, timeline: [{ step: "integration", startMs: 1, durationMs: 4, outcome: "ok", detail: "status 503 from http://b" }] }, links);
    expect(got?.title).toBe("The integration answered 503");
    expect(got?.text).toContain("status 503 from http://b");
    expect(explainRequest({ ...ok, status: 500, errorType: null }, links)?.text).toBe(
      "API Gateway passed on the backend's 500; the gateway itself did not fail. Look at the backend's own logs for this request id.",
    );
  });
});

describe("explainRequest: 500s and other gateway responses", () => {
  it("quotes the execution log for a configuration error, or asks for execution logging", () => {
    const config = explainRequest(
      { ...ok, status: 500, errorType: "API_CONFIGURATION_ERROR", executionLog: ["Starting execution", "Execution failed due to configuration error: No match for output mapping"] },
      links,
    );
    expect(config?.title).toBe("API configuration error");
    expect(config?.text).toContain("No match for output mapping");
    const silent = explainRequest({ ...ok, status: 500, errorType: "AUTHORIZER_FAILURE" }, links);
    expect(silent?.title).toBe("The authorizer failed");
    expect(silent?.fix?.href).toBe("/apis/a1/stages/prod");
    expect(explainRequest({ ...ok, status: 500, errorType: "DEFAULT_5XX" }, links)?.title).toBe("Internal server error");
    expect(explainRequest({ ...ok, status: 500, errorType: null, executionLog: ["Execution failed: x"] }, links)?.title).toBe("Internal server error");
    // Without an "Execution failed" line, the first line that mentions an error is the hint.
    expect(explainRequest({ ...ok, status: 500, errorType: "DEFAULT_5XX", executionLog: ["Sending request", "VTL error at line 3"] }, links)?.text).toContain(
      "The execution log says: VTL error at line 3",
    );
  });

  it("uses AWS's description for the remaining types", () => {
    const denied = explainRequest({ ...ok, status: 401, errorType: "UNAUTHORIZED", errorMessage: "Unauthorized" }, links);
    expect(denied?.title).toBe("401 unauthorized");
    expect(denied?.text).toContain('The caller was told: "Unauthorized".');
    expect(denied?.fix?.href).toBe("/apis/a1?resource=r9&method=GET");
    const waf = explainRequest({ ...ok, status: 403, errorType: "WAF_FILTERED" }, links);
    expect(waf?.text).toContain("AWS WAF blocked the request.");
    expect(waf?.fix).toBeUndefined();
    expect(explainRequest({ ...ok, status: 415, errorType: "UNSUPPORTED_MEDIA_TYPE" }, links)?.fix?.href).toBe("/apis/a1?resource=r9&method=GET");
    expect(explainRequest({ ...ok, status: 499, errorType: "SOMETHING_NEW" }, links)?.text).toBe("The gateway answered with SOMETHING_NEW.");
  });
});
