import { describe, expect, it } from "vitest";
import { CONTEXT_VARIABLES, compileTemplate, renderTemplate, type VtlEnvironment, type VtlResult } from "./index";

function render(template: string, context: Record<string, unknown> = {}, header: Record<string, string> = {}): VtlResult {
  const compiled = compileTemplate(template);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const env: VtlEnvironment = { input: { body: "", path: {}, querystring: {}, header }, context, stageVariables: {} };
  return renderTemplate(compiled.template, env);
}

describe("$context", () => {
  it("reads nested values and prints missing ones as nothing", () => {
    const result = render("$context.identity.sourceIp|$context.requestTimeEpoch|$context.identity.vpcId|", { identity: { sourceIp: "192.0.2.1" }, requestTimeEpoch: 1700000000000 });
    expect(result.ok && result.output).toBe("192.0.2.1|1700000000000||");
  });

  it("does not expose functions or class instances the runtime might pass", () => {
    const result = render("[$context.fn][$context.date][$context.nested.fn]", { fn: () => "secret", date: new Date(0), nested: { fn: () => 1 } });
    expect(result.ok && result.output).toBe("[][][]");
  });

  it("a response template sees the request overrides the runtime passes back in, and they are returned", () => {
    const result = render("$context.requestOverride.header.h1", { requestOverride: { header: { h1: "v1" } } });
    expect(result.ok && result.output).toBe("v1");
    expect(result.ok && result.requestOverride.header).toEqual({ h1: "v1" });
  });

  it("refuses to replace a whole override map", () => {
    const result = render("#set($context.requestOverride.header = {})");
    expect(result.ok).toBe(false);
  });

  it("refuses a status override that is not an HTTP status", () => {
    for (const status of ["'abc'", "99", "600"]) {
      const result = render(`#set($context.responseOverride.status = ${status})`);
      expect(result.ok, status).toBe(false);
    }
    const ok = render("#set($context.responseOverride.status = '404')");
    expect(ok.ok && ok.responseOverride.status).toBe(404);
  });

  it("joins a list header override with commas and stringifies numbers", () => {
    const result = render("#set($context.requestOverride.header.multi = ['a', 'b'])#set($context.requestOverride.querystring.n = 5)");
    expect(result.ok && result.requestOverride).toEqual({ header: { multi: "a,b" }, querystring: { n: "5" }, path: {} });
  });

  it("$input.params(x) matches header names case-insensitively; $input.params().header.get(x) does not", () => {
    const result = render("$input.params('content-type')|$input.params().header.get('content-type')|", {}, { "Content-Type": "application/json" });
    expect(result.ok && result.output).toBe("application/json||");
  });
});

describe("CONTEXT_VARIABLES", () => {
  const names = CONTEXT_VARIABLES.map((v) => v.name);

  it("lists the documented families, including overrides, identity, authorizer, error and integration", () => {
    for (const name of [
      "requestId", "stage", "resourcePath", "httpMethod", "identity.sourceIp", "identity.userAgent", "authorizer.principalId",
      "authorizer.claims.{property}", "error.messageString", "error.validationErrorString", "requestOverride.header.{header_name}",
      "requestOverride.querystring.{querystring_name}", "requestOverride.path.{path_name}", "responseOverride.status",
      "responseOverride.header.{header_name}", "integration.status", "integration.latency", "requestTimeEpoch",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("has one entry per name, each with a one-line description", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const v of CONTEXT_VARIABLES) expect(v.description).toMatch(/^[^\n]{10,200}$/);
  });

  it("marks access-logging-only variables as not usable in templates", () => {
    expect(CONTEXT_VARIABLES.find((v) => v.name === "integration.latency")?.templates).toBe(false);
    expect(CONTEXT_VARIABLES.find((v) => v.name === "identity.sourceIp")?.templates).toBe(true);
  });
});
