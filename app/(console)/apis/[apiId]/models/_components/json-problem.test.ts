import { describe, expect, it } from "vitest";
import { jsonProblem } from "./json-problem";

describe("jsonProblem", () => {
  it("gives the parser's reason without echoing the whole schema, and passes valid JSON", () => {
    const problem = jsonProblem('{\n  "a": 1,\n  "b": }');
    expect(problem).toMatch(/^Not valid JSON.*: Unexpected token/);
    expect(problem).not.toContain('"a": 1');
    expect(jsonProblem('{"type": "object"}')).toBeNull();
    expect(jsonProblem("  ")).toBeNull();
  });
});
