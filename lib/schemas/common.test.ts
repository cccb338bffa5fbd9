import { describe, expect, it } from "vitest";
import { z } from "zod";
import { applyListEdits, applyMapEdits, describeZodError, verbatim } from "./common";

describe("applyMapEdits", () => {
  it("sets and removes keys in order, the later edit of a key winning", () => {
    const { result } = applyMapEdits({ a: "1", b: "2" }, [{ key: "c", value: "3" }, { key: "a" }, { key: "c" }, { key: "c", value: "4" }]);
    expect(result).toEqual({ b: "2", c: "4" });
  });

  it("reports the first key a must-exist edit does not find, and changes nothing then", () => {
    const current = { a: "1" };
    expect(applyMapEdits(current, [{ key: "a", value: "2", mustExist: true }]).result).toEqual({ a: "2" });
    expect(applyMapEdits(current, [{ key: "b", value: "x" }, { key: "z", value: "2", mustExist: true }])).toEqual({ result: current, missingKey: "z" });
  });

  it("keeps a key called __proto__ as a plain entry", () => {
    const { result } = applyMapEdits<string>({}, [{ key: "__proto__", value: "v" }]);
    expect(Object.keys(result)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

describe("applyListEdits", () => {
  it("appends added values once, at the end, and ignores removing a value that is not there", () => {
    expect(
      applyListEdits(["image/png", "image/gif"], [
        { op: "add", value: "image/png" },
        { op: "remove", value: "text/plain" },
        { op: "add", value: "image/jpeg" },
      ]),
    ).toEqual(["image/gif", "image/png", "image/jpeg"]);
  });
});

describe("describeZodError", () => {
  it("names the field, except for messages that are AWS's exact text", () => {
    const schema = z.object({ a: z.string().min(2, "too short"), b: z.string().refine((v) => v === "ok", verbatim("AWS says no")) });
    const result = schema.safeParse({ a: "x", b: "y" });
    expect(result.success ? "" : describeZodError(result.error)).toBe("a: too short; AWS says no");
  });
});
