import { describe, expect, it } from "vitest";
import { mappedValueText, parseJsonPath, readJsonPath } from "./json-path";

describe("parseJsonPath", () => {
  it("reads member and index steps, with or without $", () => {
    expect(parseJsonPath("error.code")).toEqual(["error", "code"]);
    expect(parseJsonPath("items[0].id")).toEqual(["items", 0, "id"]);
    expect(parseJsonPath("$.a['b c'][\"d\"]")).toEqual(["a", "b c", "d"]);
    expect(parseJsonPath("[1]")).toEqual([1]);
  });

  it("refuses what AWS mappings do not take: wildcards, recursion, filters, stray dots", () => {
    for (const bad of ["a.*", "a..b", "a[?(@.x)]", "a.", ".a", "$a", "$", "", "a[x]", "a[0"]) expect(parseJsonPath(bad)).toBeNull();
  });
});

describe("readJsonPath and mappedValueText", () => {
  const doc = { error: { code: 42, ok: false, tags: ["x"], detail: null }, list: [{ id: "a" }] };

  it("follows the steps and gives undefined for anything missing", () => {
    expect(readJsonPath(doc, ["error", "code"])).toBe(42);
    expect(readJsonPath(doc, ["list", 0, "id"])).toBe("a");
    expect(readJsonPath(doc, ["list", "0"])).toBeUndefined();
    expect(readJsonPath(doc, ["error", "missing", "deeper"])).toBeUndefined();
    expect(readJsonPath(doc, ["error", "toString"])).toBeUndefined();
  });

  it("writes numbers and booleans as literals, objects as JSON, null as nothing", () => {
    expect(mappedValueText(42)).toBe("42");
    expect(mappedValueText(false)).toBe("false");
    expect(mappedValueText(["x"])).toBe('["x"]');
    expect(mappedValueText({ a: 1 })).toBe('{"a":1}');
    expect(mappedValueText(null)).toBeUndefined();
  });
});
