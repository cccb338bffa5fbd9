import { describe, expect, it } from "vitest";
import {
  isDroppedBeforeBackend,
  isDroppedOnArrival,
  isForbiddenRequestMappingHeader,
  methodRequestHeaders,
  methodResponseHeaders,
  responseHeaderName,
} from "./headers";

describe("request header rules", () => {
  it("drops AWS's reserved headers on arrival, whatever their case", () => {
    for (const name of ["Connection", "content-length", "CONTENT-MD5", "Expect", "Max-Forwards", "TE", "Transfer-Encoding", "Upgrade", "WWW-Authenticate", "keep-alive"]) {
      expect(isDroppedOnArrival(name)).toBe(true);
    }
    for (const name of ["Authorization", "Host", "User-Agent", "Accept", "Content-Type", "X-Amz-Date"]) expect(isDroppedOnArrival(name)).toBe(false);
  });

  it("exposes client headers to mappings with their case and repeats, minus the arrival drops", () => {
    const raw = ["Host", "api.example", "X-Tenant", "a", "x-tenant", "b", "X-Tenant", "c", "Content-Length", "4", "Connection", "close"];
    expect(methodRequestHeaders(raw)).toEqual({ Host: ["api.example"], "X-Tenant": ["a", "c"], "x-tenant": ["b"] });
  });

  it("drops per integration type right before the backend call", () => {
    expect(isDroppedBeforeBackend("Referer", "AWS")).toBe(true);
    expect(isDroppedBeforeBackend("referer", "HTTP")).toBe(false);
    expect(isDroppedBeforeBackend("Via", "HTTP")).toBe(true);
    expect(isDroppedBeforeBackend("Via", "AWS")).toBe(false);
    expect(isDroppedBeforeBackend("host", "HTTP_PROXY")).toBe(true);
    for (const type of ["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"] as const) expect(isDroppedBeforeBackend("TE", type)).toBe(true);
  });

  it("forbids mapping headers the gateway owns, more of them for AWS integrations", () => {
    for (const type of ["AWS", "HTTP", "HTTP_PROXY"] as const) {
      expect(isForbiddenRequestMappingHeader("Content-Length", type)).toBe(true);
      expect(isForbiddenRequestMappingHeader("x-amzn-trace-id", type)).toBe(true);
    }
    expect(isForbiddenRequestMappingHeader("Authorization", "AWS")).toBe(true);
    expect(isForbiddenRequestMappingHeader("Authorization", "HTTP")).toBe(false);
    expect(isForbiddenRequestMappingHeader("X-Custom", "AWS")).toBe(false);
  });
});

describe("response header rules", () => {
  it("remaps reserved names to x-amzn-Remapped-<Name> for every integration type", () => {
    for (const type of ["AWS", "HTTP", "HTTP_PROXY", "AWS_PROXY", "MOCK"] as const) {
      expect(responseHeaderName("date", type)).toBe("x-amzn-Remapped-Date");
      expect(responseHeaderName("Content-Length", type)).toBe("x-amzn-Remapped-Content-Length");
      expect(responseHeaderName("WWW-Authenticate", type)).toBe("x-amzn-Remapped-WWW-Authenticate");
      expect(responseHeaderName("Transfer-Encoding", type)).toBeNull();
      expect(responseHeaderName("X-Custom", type)).toBe("X-Custom");
    }
  });

  it("remaps more names on non-proxy integrations than on proxies", () => {
    expect(responseHeaderName("User-Agent", "HTTP")).toBe("x-amzn-Remapped-User-Agent");
    expect(responseHeaderName("Authorization", "AWS")).toBe("x-amzn-Remapped-Authorization");
    expect(responseHeaderName("User-Agent", "HTTP_PROXY")).toBe("User-Agent");
    expect(responseHeaderName("Host", "AWS_PROXY")).toBe("Host");
  });

  it("drops Via and hop-by-hop headers from a streamed HTTP_PROXY answer only", () => {
    expect(responseHeaderName("Via", "HTTP_PROXY")).toBeNull();
    expect(responseHeaderName("keep-alive", "HTTP_PROXY")).toBeNull();
    expect(responseHeaderName("Via", "HTTP")).toBe("Via");
  });

  it("rewrites a flat header list", () => {
    expect(methodResponseHeaders(["Server", "nginx", "X-A", "1", "Transfer-Encoding", "chunked"], "HTTP")).toEqual([
      "x-amzn-Remapped-Server",
      "nginx",
      "X-A",
      "1",
    ]);
  });
});
