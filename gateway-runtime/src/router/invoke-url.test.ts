import { describe, expect, it } from "vitest";
import { resolveInvokeTarget, splitUrl } from "./invoke-url";

describe("invoke URL", () => {
  it("reads the path-style URL", () => {
    expect(resolveInvokeTarget("/restapis/abc123defg/prod/_user_request_/pets/1", "localhost:4000")).toEqual({
      restApiId: "abc123defg",
      stageName: "prod",
      path: "/pets/1",
    });
    expect(resolveInvokeTarget("/restapis/abc/prod/_user_request_", undefined)?.path).toBe("/");
    expect(resolveInvokeTarget("/restapis/abc/prod/_user_request_/", undefined)?.path).toBe("/");
  });

  it("reads the host-style URL from any execute-api domain", () => {
    expect(resolveInvokeTarget("/dev/pets", "ABC123.execute-api.localhost:4000")).toEqual({
      restApiId: "abc123",
      stageName: "dev",
      path: "/pets",
    });
    expect(resolveInvokeTarget("/dev", "x1.execute-api.example.com")).toEqual({ restApiId: "x1", stageName: "dev", path: "/" });
  });

  it("finds nothing in other URLs", () => {
    expect(resolveInvokeTarget("/restapis/abc/prod/pets", undefined)).toBeNull();
    expect(resolveInvokeTarget("/restapis/abc/prod/_user_requestX/", undefined)).toBeNull();
    expect(resolveInvokeTarget("/restapis/abc", undefined)).toBeNull();
    expect(resolveInvokeTarget("/", "abc.execute-api.localhost")).toBeNull();
    expect(resolveInvokeTarget("/pets", "localhost:4000")).toBeNull();
  });

  it("keeps the query string raw", () => {
    expect(splitUrl("/a/b?x=1&y=%20")).toEqual({ pathname: "/a/b", query: "x=1&y=%20" });
    expect(splitUrl("/a")).toEqual({ pathname: "/a", query: "" });
  });
});
