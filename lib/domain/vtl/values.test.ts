import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJson, parsePayload } from "./json";
import { formatJavaDouble, javaToString, jsonQuote, toJsonText } from "./text";
import { JDouble, type VtlValue } from "./values";

describe("Java's Double.toString", () => {
  // Examples follow the rules of the Double.toString javadoc: plain in [1e-3, 1e7), computerized notation outside.
  it("prints doubles as Java does", () => {
    const cases: [number, string][] = [
      [1, "1.0"], [100, "100.0"], [0.001, "0.001"], [0.0001, "1.0E-4"], [1e7, "1.0E7"], [9999999.5, "9999999.5"],
      [1.5e10, "1.5E10"], [-2.5, "-2.5"], [0, "0.0"], [-0, "-0.0"], [NaN, "NaN"], [Infinity, "Infinity"], [0.1 + 0.2, "0.30000000000000004"],
    ];
    for (const [n, s] of cases) expect(formatJavaDouble(n), String(n)).toBe(s);
  });
});

describe("toString of collections", () => {
  it("prints maps as {k=v, ...} and ArrayLists as [a, b], with Java's (this Map) for self-reference", () => {
    const map = new Map<string, VtlValue>([["a", 1], ["b", "x"], ["c", null], ["d", new JDouble(2)]]);
    expect(javaToString(map)).toBe("{a=1, b=x, c=null, d=2.0}");
    const list: VtlValue[] = [1, "two", [3]];
    expect(javaToString(list)).toBe("[1, two, [3]]");
    map.set("self", map);
    expect(javaToString(map)).toMatch(/self=\(this Map\)\}$/);
  });

  it("fails on an indirect cycle instead of overflowing the stack", () => {
    const a: VtlValue[] = [];
    const b: VtlValue[] = [a];
    a.push(b);
    expect(() => javaToString(a)).toThrow(/StackOverflowError/);
  });
});

describe("JSON", () => {
  it("keeps integers and doubles apart (1 vs 1.0) as json-smart does", () => {
    expect(toJsonText(parseJson('{"i": 1, "d": 1.0, "e": 1e2, "n": -0, "big": 12345678901234}'))).toBe('{"i":1,"d":1.0,"e":100.0,"n":0,"big":12345678901234}');
  });

  it("decodes escapes and keeps key order", () => {
    const v = parseJson('{"z": "a\\u00e9\\n\\"", "a": [true, false, null]}');
    expect(v instanceof Map && [...v.keys()]).toEqual(["z", "a"]);
    expect(v instanceof Map && v.get("z")).toBe('aé\n"');
  });

  it("quotes strings with json-smart's escapes (control, U+007F-U+009F, U+2000-U+20FF)", () => {
    expect(jsonQuote('a"\\/\b\f\n\r\t\u0001\u007f\u2028é')).toBe('"a\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u007F\\u2028é"');
  });

  it("rejects malformed JSON with a position", () => {
    for (const bad of ["{", '{"a":}', "[1,]", '"\\x"', "01", '{"a" 1}', "tru"]) expect(() => parseJson(bad), bad).toThrow(JsonSyntaxError);
  });

  it("reads payloads like AWS: empty is {}, a bare word is a string, a broken object is a 400", () => {
    expect(parsePayload("  ")).toEqual(new Map());
    expect(parsePayload("a=b&c=d")).toBe("a=b&c=d");
    expect(() => parsePayload("[1, 2")).toThrow(/Could not process payload/);
  });

  it("refuses absurd nesting with an error rather than a stack overflow", () => {
    expect(() => parseJson("[".repeat(5000) + "]".repeat(5000))).toThrow(/nested deeper/);
  });
});
