import { describe, expect, it } from "vitest";
import { isPorticoError } from "@/lib/errors";
import { AWS_OPERATIONS } from "./aws-operations";
import { matchOperation } from "./match-operation";

const match = (method: string, path: string, query: Record<string, string[]> = {}) => {
  const found = matchOperation(method, path, query);
  return found && { name: found.operation.name, status: found.operation.status, params: found.params };
};

describe("matchOperation", () => {
  it("routes the rest API collection and items", () => {
    expect(match("GET", "/restapis")).toEqual({ name: "GetRestApis", status: 200, params: {} });
    expect(match("POST", "/restapis")).toMatchObject({ name: "CreateRestApi", status: 201 });
    expect(match("DELETE", "/restapis/abc1234567")).toEqual({ name: "DeleteRestApi", status: 202, params: { restApiId: "abc1234567" } });
  });

  it("routes CreateResource by the parent id and the deep method paths", () => {
    expect(match("POST", "/restapis/a/resources/p")).toEqual({ name: "CreateResource", status: 201, params: { restApiId: "a", parentId: "p" } });
    expect(match("PUT", "/restapis/a/resources/r/methods/ANY/integration/responses/200")).toEqual({
      name: "PutIntegrationResponse",
      status: 201,
      params: { restApiId: "a", resourceId: "r", httpMethod: "ANY", statusCode: "200" },
    });
    expect(match("DELETE", "/restapis/a/resources/r/methods/GET")).toMatchObject({ name: "DeleteMethod", status: 204 });
    expect(match("GET", "/restapis/a/resources/r/methods/GET/responses/404")).toMatchObject({ name: "GetMethodResponse" });
  });

  it("decodes each label after splitting, so an encoded slash stays inside its segment", () => {
    expect(match("GET", "/restapis/a/stages/my%20stage")?.params.stageName).toBe("my stage");
    expect(match("GET", "/restapis/a%2Fb/stages")).toMatchObject({ name: "GetStages", params: { restApiId: "a/b" } });
  });

  it("tells ImportRestApi from CreateRestApi by mode=import", () => {
    expect(match("POST", "/restapis", { mode: ["import"] })?.name).toBe("ImportRestApi");
  });

  it("recognises operations Portico does not implement, and nothing that AWS does not have", () => {
    expect(match("GET", "/restapis/a/authorizers")?.name).toBe("GetAuthorizers");
    expect(match("PATCH", "/restapis/a/deployments/d")?.name).toBe("UpdateDeployment");
    expect(match("POST", "/restapis/a/resources")).toBeNull();
    expect(match("GET", "/restapis/a/unknown")).toBeNull();
    expect(match("GET", "/restapis/a/resources/r/methods")).toBeNull();
  });

  it("accepts one trailing slash", () => {
    expect(match("GET", "/restapis/a/stages/")?.name).toBe("GetStages");
  });

  it("rejects malformed percent-encoding with BadRequestException", () => {
    let error: unknown;
    try {
      match("GET", "/restapis/%E0%A4%A/stages");
    } catch (e) {
      error = e;
    }
    expect(isPorticoError(error) && error.code).toBe("BadRequestException");
  });

  it("has exactly one operation per method and path template", () => {
    const keys = AWS_OPERATIONS.map((o) => `${o.method} ${o.path} ${o.whenQuery?.join("=") ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(AWS_OPERATIONS.length).toBe(76); // the AWS SDK model lists 76 operations under /restapis
  });
});
