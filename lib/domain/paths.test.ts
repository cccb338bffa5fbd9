import { describe, expect, it } from "vitest";
import { joinPath, pathPartKind, pathPartParamName, pathPartProblem } from "./paths";

describe("path parts", () => {
  it("classifies literal, {param} and {proxy+} parts", () => {
    expect(pathPartKind("pets")).toBe("literal");
    expect(pathPartKind("{petId}")).toBe("param");
    expect(pathPartKind("{proxy+}")).toBe("greedy");
    expect(pathPartKind("pe{t}s")).toBeNull();
    expect(pathPartKind("a b")).toBeNull();
    expect(pathPartKind("{}")).toBeNull();
  });

  it("names the parameter of a variable part", () => {
    expect(pathPartParamName("{petId}")).toBe("petId");
    expect(pathPartParamName("{proxy+}")).toBe("proxy");
    expect(pathPartParamName("pets")).toBeNull();
  });

  it("joins paths under the root and deeper", () => {
    expect(joinPath("/", "pets")).toBe("/pets");
    expect(joinPath("/pets", "{id}")).toBe("/pets/{id}");
  });
});

describe("pathPartProblem", () => {
  it("accepts a literal next to one variable sibling", () => {
    expect(pathPartProblem("new", "/pets", ["{id}"])).toBeNull();
  });

  it("refuses a duplicate sibling", () => {
    expect(pathPartProblem("pets", "/", ["pets"])).toMatch(/same parent already has this name/);
  });

  it("refuses a second variable sibling, as AWS does", () => {
    expect(pathPartProblem("{name}", "/pets", ["{id}"])).toMatch(/only one is allowed/);
    expect(pathPartProblem("{proxy+}", "/pets", ["{id}"])).toMatch(/only one is allowed/);
  });

  it("refuses children of a greedy resource", () => {
    expect(pathPartProblem("x", "/{proxy+}", [])).toMatch(/greedy/);
  });

  it("refuses malformed parts", () => {
    expect(pathPartProblem("a{b}", "/", [])).toMatch(/path part only allow/);
  });
});
