import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import type { SnapshotIntegration } from "../../../../lib/domain/snapshot";
import { Exchange } from "../../pipeline/exchange";
import { compileCacheKey, type CacheKeyTarget } from "./cache-key";

/** A real IncomingMessage (no socket traffic) with the given method, query and headers. */
function exchange(method: string, query: string, headers: [string, string][], paramNames: string[] = [], paramValues: string[] = []): Exchange {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.rawHeaders = headers.flat();
  const ex = new Exchange(req, new ServerResponse(req));
  ex.query = query;
  ex.resource = { id: "r1", path: "/x", paramNames, methods: new Map(), any: null };
  ex.paramValues = paramValues;
  return ex;
}

function integration(cacheKeyParameters: string[], extra: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return {
    type: "HTTP_PROXY",
    connectionType: "INTERNET",
    requestParameters: {},
    requestTemplates: {},
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29_000,
    cacheKeyParameters,
    integrationResponses: {},
    ...extra,
  };
}

function key(parameters: string[], overrides: Partial<CacheKeyTarget> = {}) {
  const warnings: string[] = [];
  const compiled = compileCacheKey({
    restApiId: "api1",
    stageName: "prod",
    generation: 0,
    resourcePath: "/x",
    httpMethod: "GET",
    integration: integration(parameters),
    stageVariables: {},
    warn: (message) => warnings.push(message),
    ...overrides,
  });
  return { compiled, warnings };
}

describe("compileCacheKey", () => {
  it("gives a method without key parameters one constant key, per stage, generation and method", () => {
    const { compiled } = key([]);
    const a = compiled(exchange("GET", "a=1", [["X-Any", "1"]]));
    expect(compiled(exchange("GET", "a=2", []))).toBe(a);
    expect(a).toBe("api1:prod:g0:/x:GET");
    expect(key([], { generation: 1 }).compiled(exchange("GET", "", []))).not.toBe(a);
    expect(key([], { stageName: "beta" }).compiled(exchange("GET", "", []))).not.toBe(a);
    expect(key([], { httpMethod: "POST" }).compiled(exchange("POST", "", []))).not.toBe(a);
  });

  it("keys an ANY method by the request's method", () => {
    const { compiled } = key([], { httpMethod: "ANY" });
    expect(compiled(exchange("GET", "", []))).not.toBe(compiled(exchange("DELETE", "", [])));
  });

  it("uses the cacheNamespace instead of the resource, so resources that share one share entries", () => {
    const shared = integration([], { cacheNamespace: "pets" });
    const a = key([], { resourcePath: "/a", integration: shared }).compiled(exchange("GET", "", []));
    const b = key([], { resourcePath: "/b", integration: shared }).compiled(exchange("GET", "", []));
    expect(a).toBe(b);
  });

  it("reads the last value of a query parameter, all of them for the multivalue form, and tells missing from empty", () => {
    const single = key(["method.request.querystring.t"]).compiled;
    expect(single(exchange("GET", "t=1&t=2", []))).toBe(single(exchange("GET", "t=2", [])));
    expect(single(exchange("GET", "t=", []))).not.toBe(single(exchange("GET", "", [])));
    const multi = key(["method.request.multivaluequerystring.t"]).compiled;
    expect(multi(exchange("GET", "t=1&t=2", []))).not.toBe(multi(exchange("GET", "t=2", [])));
  });

  it("reads headers case-insensitively, the last one or all of them", () => {
    const single = key(["method.request.header.X-Tenant"]).compiled;
    expect(single(exchange("GET", "", [["x-tenant", "a"]]))).toBe(single(exchange("GET", "", [["X-TENANT", "a"]])));
    expect(single(exchange("GET", "", [["x-tenant", "a"]]))).not.toBe(single(exchange("GET", "", [["x-tenant", "b"]])));
    const multi = key(["method.request.multivalueheader.X-Tenant"]).compiled;
    expect(multi(exchange("GET", "", [["x-tenant", "a"], ["x-tenant", "b"]]))).not.toBe(multi(exchange("GET", "", [["x-tenant", "b"]])));
  });

  it("reads decoded path parameters", () => {
    const { compiled } = key(["method.request.path.id"]);
    expect(compiled(exchange("GET", "", [], ["id"], ["a%20b"]))).toBe(compiled(exchange("GET", "", [], ["id"], ["a b"])));
    expect(compiled(exchange("GET", "", [], ["id"], ["1"]))).not.toBe(compiled(exchange("GET", "", [], ["id"], ["2"])));
  });

  it("cannot be forged: values holding separators stay apart", () => {
    const { compiled } = key(["method.request.querystring.a", "method.request.querystring.b"]);
    expect(compiled(exchange("GET", `a=${encodeURIComponent('x","y')}`, []))).not.toBe(compiled(exchange("GET", "a=x&b=y", [])));
  });

  it("follows an integration.request parameter to what it is mapped from; warns about what it cannot key on", () => {
    const mapped = integration(["integration.request.querystring.kind", "integration.request.header.fixed", "method.request.body"], {
      requestParameters: { "integration.request.querystring.kind": "method.request.querystring.type", "integration.request.header.fixed": "'v'" },
    });
    const { compiled, warnings } = key([], { integration: mapped });
    expect(compiled(exchange("GET", "type=a", []))).not.toBe(compiled(exchange("GET", "type=b", [])));
    expect(warnings).toEqual(["cache key parameter method.request.body is not a request parameter; left out of the cache key"]);
  });
});
