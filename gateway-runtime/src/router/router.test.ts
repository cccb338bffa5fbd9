import { describe, expect, it } from "vitest";
import type { CompiledMethod, CompiledResource } from "../snapshot/compiled";
import { Router } from "./router";
import { decodePathValue } from "../pipeline/exchange";
import { pathPartParamName } from "../../../lib/domain/paths";

function resource(path: string, withMethods = true): CompiledResource {
  const method = { httpMethod: "GET", resourcePath: path } as CompiledMethod;
  return {
    id: path,
    path,
    paramNames: path.split("/").map(pathPartParamName).filter((n): n is string => n !== null),
    methods: new Map(withMethods ? [["GET", method]] : []),
    any: null,
  };
}

function build(...paths: string[]) {
  const router = new Router(paths.map((p) => (p.endsWith("!") ? resource(p.slice(0, -1), false) : resource(p))));
  return (path: string) => {
    const values: string[] = [];
    const found = router.match(path, values);
    return found ? { path: found.path, values } : null;
  };
}

describe("router", () => {
  const match = build("/", "/pets", "/pets/{id}", "/pets/mine", "/a/{x}/c", "/a/b/{y}", "/a/{x}/c/d", "/files/{proxy+}", "/files/special");

  it("prefers a literal part over a {param}", () => {
    expect(match("/pets/mine")).toEqual({ path: "/pets/mine", values: [] });
    expect(match("/pets/42")).toEqual({ path: "/pets/{id}", values: ["42"] });
  });

  it("backtracks from a dead-end literal branch into the {param} branch", () => {
    expect(match("/a/b/c")).toEqual({ path: "/a/b/{y}", values: ["c"] });
    expect(match("/a/b/c/d")).toEqual({ path: "/a/{x}/c/d", values: ["b"] });
    expect(match("/a/z/c")).toEqual({ path: "/a/{x}/c", values: ["z"] });
  });

  it("gives {proxy+} the rest of the path but never an empty one", () => {
    expect(match("/files/x/y/z")).toEqual({ path: "/files/{proxy+}", values: ["x/y/z"] });
    expect(match("/files/special")).toEqual({ path: "/files/special", values: [] });
    expect(match("/files")).toBeNull();
  });

  it("treats a trailing slash as absent and answers the root", () => {
    expect(match("/pets/")?.path).toBe("/pets");
    expect(match("/")?.path).toBe("/");
    expect(match("/pets/42/")).toEqual({ path: "/pets/{id}", values: ["42"] });
  });

  it("keeps param values raw for forwarding and decodes them on demand", () => {
    const found = match("/pets/a%20b%2Fc");
    expect(found).toEqual({ path: "/pets/{id}", values: ["a%20b%2Fc"] });
    expect(decodePathValue(found!.values[0])).toBe("a b/c");
    expect(decodePathValue("%E0%A4%A")).toBe("%E0%A4%A");
  });

  it("matches percent-encoded literal parts", () => {
    expect(match("/p%65ts/mine")?.path).toBe("/pets/mine");
  });

  it("skips resources without methods so they do not shadow a {param} sibling", () => {
    const m = build("/a/b!", "/a/{x}");
    expect(m("/a/b")).toEqual({ path: "/a/{x}", values: ["b"] });
  });

  it("does not answer / when the root only has a {proxy+} child", () => {
    const m = build("/{proxy+}", "/!");
    expect(m("/")).toBeNull();
    expect(m("/x")).toEqual({ path: "/{proxy+}", values: ["x"] });
  });

  it("does not bind an empty segment to a {param}", () => {
    expect(match("/pets//")).toBeNull();
    expect(match("/a//c")).toBeNull();
  });
});
