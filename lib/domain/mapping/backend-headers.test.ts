import { describe, expect, it } from "vitest";
import { integrationRequestHeaders, proxyRequestHeaders, proxyResponseHeaders } from "./backend-headers";

const base = { restApiId: "abc123defg", httpMethod: "POST", contentType: "application/json; charset=utf-8" };

function pairs(flat: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

describe("integrationRequestHeaders (non-proxy HTTP and AWS)", () => {
  it("sends mapped headers plus AWS's defaults", () => {
    expect(integrationRequestHeaders({ "X-Tenant": "acme" }, "HTTP", base)).toEqual({
      "X-Tenant": "acme",
      Accept: "application/json",
      "User-Agent": "AmazonAPIGateway_abc123defg",
      "Content-Type": "application/json; charset=utf-8",
      "X-Amzn-Apigateway-Api-Id": "abc123defg",
    });
  });

  it("lets mappings replace the defaults, whatever their case", () => {
    const headers = integrationRequestHeaders({ accept: "text/xml", "user-agent": "me", "content-type": "text/plain" }, "HTTP", base);
    expect(headers).toEqual({ accept: "text/xml", "user-agent": "me", "content-type": "text/plain", "X-Amzn-Apigateway-Api-Id": "abc123defg" });
  });

  it("carries the client's Content-Type only for methods with a body, and no api id header to AWS services", () => {
    const headers = integrationRequestHeaders({}, "AWS", { ...base, httpMethod: "GET", traceId: "Root=1-abc" });
    expect(headers).toEqual({ Accept: "application/json", "User-Agent": "AmazonAPIGateway_abc123defg", "X-Amzn-Trace-Id": "Root=1-abc" });
  });

  it("drops what AWS drops before the backend even when mapped", () => {
    expect(integrationRequestHeaders({ Referer: "r", TE: "trailers" }, "AWS", base)).not.toHaveProperty("Referer");
    expect(integrationRequestHeaders({ Via: "1.1 x" }, "HTTP", base)).not.toHaveProperty("Via");
  });
});

describe("proxyRequestHeaders (HTTP_PROXY)", () => {
  const options = { restApiId: "abc123defg", host: "backend.internal:8080", clientIp: "203.0.113.9" };

  it("forwards client headers, replaces Host, appends the client to X-Forwarded-For and adds AWS's headers", () => {
    const raw = ["Host", "gw.example", "X-Client", "1", "Accept", "*/*", "User-Agent", "curl/8", "X-Forwarded-For", "10.0.0.1", "Content-Length", "7"];
    expect(pairs(proxyRequestHeaders(raw, options))).toEqual([
      ["Host", "backend.internal:8080"],
      ["X-Client", "1"],
      ["Accept", "*/*"],
      ["User-Agent", "curl/8"],
      ["Content-Length", "7"],
      ["X-Forwarded-For", "10.0.0.1, 203.0.113.9"],
      ["X-Amzn-Apigateway-Api-Id", "abc123defg"],
    ]);
  });

  it("drops hop-by-hop and reserved headers, including those named in Connection", () => {
    const raw = ["Connection", "keep-alive, X-Hop", "X-Hop", "1", "Keep-Alive", "5", "TE", "trailers", "Expect", "100-continue", "Via", "1.1 p", "Transfer-Encoding", "chunked", "Upgrade", "h2c", "Max-Forwards", "3"];
    expect(pairs(proxyRequestHeaders(raw, options)).map(([name]) => name)).toEqual([
      "Host",
      "Accept",
      "User-Agent",
      "X-Forwarded-For",
      "X-Amzn-Apigateway-Api-Id",
    ]);
  });

  it("adds AWS's Accept and User-Agent defaults when the client sent none", () => {
    const headers = pairs(proxyRequestHeaders([], { ...options, traceId: "Root=1-x" }));
    expect(headers).toContainEqual(["Accept", "application/json"]);
    expect(headers).toContainEqual(["User-Agent", "AmazonAPIGateway_abc123defg"]);
    expect(headers).toContainEqual(["X-Amzn-Trace-Id", "Root=1-x"]);
    expect(headers).toContainEqual(["X-Forwarded-For", "203.0.113.9"]);
  });

  it("lets requestParameters replace client headers and can drop a SigV4 Authorization", () => {
    const raw = ["x-tenant", "client", "Authorization", "AWS4-HMAC-SHA256 Credential=..."];
    const headers = pairs(proxyRequestHeaders(raw, { ...options, mapped: { "X-Tenant": "mapped" }, dropAuthorization: true }));
    expect(headers.filter(([name]) => name.toLowerCase() === "x-tenant")).toEqual([["X-Tenant", "mapped"]]);
    expect(headers.some(([name]) => name === "Authorization")).toBe(false);
    expect(pairs(proxyRequestHeaders(raw, options))).toContainEqual(["Authorization", "AWS4-HMAC-SHA256 Credential=..."]);
  });

  it("does not let a client forge the gateway's trace or api id headers", () => {
    const headers = pairs(proxyRequestHeaders(["X-Amzn-Apigateway-Api-Id", "forged", "X-Amzn-Trace-Id", "forged"], options));
    expect(headers.filter(([, value]) => value === "forged")).toEqual([]);
  });
});

describe("proxyResponseHeaders (HTTP_PROXY)", () => {
  it("remaps reserved backend headers and keeps Content-Length for framing", () => {
    const raw = ["Date", "Mon", "Server", "nginx", "Content-Length", "12", "Connection", "keep-alive", "Set-Cookie", "a=1", "Set-Cookie", "b=2", "Transfer-Encoding", "chunked", "Via", "1.1 cdn"];
    expect(pairs(proxyResponseHeaders(raw))).toEqual([
      ["x-amzn-Remapped-Date", "Mon"],
      ["x-amzn-Remapped-Server", "nginx"],
      ["x-amzn-Remapped-Content-Length", "12"],
      ["Content-Length", "12"],
      ["x-amzn-Remapped-Connection", "keep-alive"],
      ["Set-Cookie", "a=1"],
      ["Set-Cookie", "b=2"],
    ]);
  });
});
