import { describe, expect, it } from "vitest";
import type { MappingData } from "./mapping-sources";
import { compileRequestParameters, evaluateRequestParameters } from "./request-parameters";

const data: MappingData = {
  headers: { "X-Tenant": ["acme"], Accept: ["text/html", "application/json"], "x-lower": ["l"] },
  query: { q: ["first", "last"], one: ["1"], empty: [""] },
  path: { petId: "42", name: "a b" },
  body: ' {"pet":{"name":"Rex","age":3,"tags":["a"]}} ',
  context: { requestId: "req-1", identity: { sourceIp: "10.0.0.9" }, authorizer: { claims: { sub: "user-7" } } },
  stageVariables: { backend: "blue" },
};

function evaluate(mappings: Record<string, string>, overrides: Partial<MappingData> = {}) {
  return evaluateRequestParameters(mappings, { ...data, ...overrides });
}

describe("evaluateRequestParameters", () => {
  it("maps headers, query strings and path parameters from the method request", () => {
    const result = evaluate({
      "integration.request.header.x-tenant-id": "method.request.header.X-Tenant",
      "integration.request.querystring.search": "method.request.querystring.q",
      "integration.request.path.id": "method.request.path.petId",
    });
    expect(result).toEqual({
      ok: true,
      parameters: { header: { "x-tenant-id": "acme" }, querystring: { search: ["last"] }, path: { id: "42" } },
    });
  });

  it("keeps every value of a multivaluequerystring and comma-joins a multivalueheader", () => {
    const result = evaluate({
      "integration.request.querystring.all": "method.request.multivaluequerystring.q",
      "integration.request.header.X-Accept-All": "method.request.multivalueheader.Accept",
      "integration.request.header.X-Accept-Last": "method.request.header.Accept",
    });
    expect(result.ok && result.parameters).toEqual({
      header: { "X-Accept-All": "text/html,application/json", "X-Accept-Last": "application/json" },
      querystring: { all: ["first", "last"] },
      path: {},
    });
  });

  it("matches header names case-sensitively, as AWS does", () => {
    const result = evaluate({ "integration.request.header.a": "method.request.header.x-tenant" });
    expect(result.ok && result.parameters.header).toEqual({});
  });

  it("maps $context, stage variables and static values", () => {
    const result = evaluate({
      "integration.request.header.X-Request-Id": "context.requestId",
      "integration.request.header.X-Source-Ip": "context.identity.sourceIp",
      "integration.request.header.X-User": "context.authorizer.claims.sub",
      "integration.request.querystring.env": "stageVariables.backend",
      "integration.request.header.X-Static": "'fixed, value'",
    });
    expect(result.ok && result.parameters).toEqual({
      header: { "X-Request-Id": "req-1", "X-Source-Ip": "10.0.0.9", "X-User": "user-7", "X-Static": "fixed, value" },
      querystring: { env: ["blue"] },
      path: {},
    });
  });

  it("maps the body and JSON paths into it", () => {
    const result = evaluate({
      "integration.request.header.X-Body": "method.request.body",
      "integration.request.header.X-Name": "method.request.body.pet.name",
      "integration.request.querystring.age": "method.request.body.pet.age",
      "integration.request.header.X-Tags": "method.request.body.pet.tags",
    });
    expect(result.ok && result.parameters).toEqual({
      header: { "X-Body": '{"pet":{"name":"Rex","age":3,"tags":["a"]}}', "X-Name": "Rex", "X-Tags": '["a"]' },
      querystring: { age: ["3"] },
      path: {},
    });
  });

  it("leaves out targets whose source has no value", () => {
    const result = evaluate({
      "integration.request.header.a": "method.request.header.Missing",
      "integration.request.querystring.b": "method.request.querystring.empty",
      "integration.request.path.c": "method.request.path.nope",
      "integration.request.header.d": "stageVariables.nope",
      "integration.request.header.e": "context.identity.nope",
      "integration.request.header.f": "method.request.body.pet.owner",
    });
    expect(result).toEqual({ ok: true, parameters: { header: {}, querystring: {}, path: {} } });
  });

  it("answers 400 Invalid JSON when a body mapping meets a body that starts like JSON but is not", () => {
    const result = evaluate({ "integration.request.header.a": "method.request.body.x" }, { body: "{not json" });
    expect(result).toEqual({ ok: false, status: 400, message: "Invalid JSON in request body" });
  });

  it("reads a non-JSON body as an empty object and an empty body as {}", () => {
    const plain = evaluate({ "integration.request.header.a": "method.request.body.x", "integration.request.header.b": "method.request.body" }, { body: "plain text" });
    expect(plain.ok && plain.parameters.header).toEqual({ b: "plain text" });
    const empty = evaluate({ "integration.request.header.b": "method.request.body" }, { body: "" });
    expect(empty.ok && empty.parameters.header).toEqual({ b: "{}" });
  });

  it("does not read the body when no mapping needs it", () => {
    const result = evaluate({ "integration.request.header.a": "'x'" }, { body: "{broken" });
    expect(result.ok).toBe(true);
  });

  it("refuses headers AWS will not let a mapping set, per integration type", () => {
    const mappings = { "integration.request.header.Authorization": "method.request.header.X-Tenant" };
    expect(evaluateRequestParameters(mappings, data, "AWS")).toEqual({
      ok: false,
      status: 500,
      message: "Internal server error",
      header: "Authorization",
    });
    expect(evaluateRequestParameters(mappings, data, "HTTP").ok).toBe(true);
    const length = { "integration.request.header.content-length": "'5'" };
    expect(evaluateRequestParameters(length, data, "HTTP").ok).toBe(false);
  });

  it("compiles once and skips mappings AWS would not have accepted", () => {
    const compiled = compileRequestParameters({
      "integration.request.header.ok": "'v'",
      "integration.request.cookie.x": "'v'",
      "integration.request.header.bad": "method.response.header.X",
      "integration.request.header.bad2": "method.request.unknown.X",
      "integration.request.header.bad3": "method.request.body.a..b",
    });
    expect(compiled.map((mapping) => mapping.name)).toEqual(["ok"]);
    expect(evaluateRequestParameters(compiled, data)).toEqual({ ok: true, parameters: { header: { ok: "v" }, querystring: {}, path: {} } });
  });
});
