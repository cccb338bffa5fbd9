import { describe, expect, it } from "vitest";
import { duplicateNameProblem, keyValueRecord, keyValueRows } from "./key-value-editor";

describe("key/value rows", () => {
  it("round-trips a map through rows in its order", () => {
    const list = keyValueRows({ B: "2", A: "1" });
    expect(list.map((row) => row.value.name)).toEqual(["B", "A"]);
    expect(keyValueRecord(list)).toEqual({ B: "2", A: "1" });
  });

  it("gives every row its own id so React keeps focus while rows come and go", () => {
    const list = keyValueRows({ A: "1", B: "2" });
    expect(new Set(list.map((row) => row.id)).size).toBe(2);
  });

  it("reports a name that appears twice and passes a unique one", () => {
    const list = [...keyValueRows({ A: "1" }), ...keyValueRows({ A: "2" }), ...keyValueRows({ B: "3" })];
    expect(duplicateNameProblem(list[0]!, list)).toBe("Each variable name may appear once.");
    expect(duplicateNameProblem(list[2]!, list)).toBeNull();
  });
});
