import { describe, expect, it } from "vitest";
import { javaMatches, javaReplace, javaSplit, translatePattern } from "./java-regex";

describe("Java regular expressions", () => {
  // The split table of the String.split(String, int) javadoc, for "boo:and:foo".
  it("splits as String.split's javadoc shows", () => {
    const s = "boo:and:foo";
    expect(javaSplit(s, ":", 2)).toEqual(["boo", "and:foo"]);
    expect(javaSplit(s, ":", 5)).toEqual(["boo", "and", "foo"]);
    expect(javaSplit(s, ":", -2)).toEqual(["boo", "and", "foo"]);
    expect(javaSplit(s, "o", 5)).toEqual(["b", "", ":and:f", "", ""]);
    expect(javaSplit(s, "o", -2)).toEqual(["b", "", ":and:f", "", ""]);
    expect(javaSplit(s, "o", 0)).toEqual(["b", "", ":and:f"]);
  });

  it("splits on a zero-width match without a leading empty piece (Java 8)", () => {
    expect(javaSplit("abc", "")).toEqual(["a", "b", "c"]);
    expect(javaSplit("", ",")).toEqual([""]);
    expect(javaSplit("a1b22c", "\\d+")).toEqual(["a", "b", "c"]);
  });

  it("replaces with $n, ${name} and backslash-quoted characters", () => {
    expect(javaReplace("2024-06-01", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1", true)).toBe("01/06/2024");
    expect(javaReplace("a=b", "(?<k>\\w)=(?<v>\\w)", "${v}=${k}", true)).toBe("b=a");
    expect(javaReplace("cost", "cost", "\\$5", true)).toBe("$5");
    // Java reads "$12" as group 1 then "2" when there are only two groups.
    expect(javaReplace("x1", "(x)(1)", "$12", true)).toBe("x2");
    expect(javaReplace("aaa", "a", "b", false)).toBe("baa");
  });

  it("throws Java's exceptions for bad replacements and patterns", () => {
    expect(() => javaReplace("a", "a", "$", true)).toThrow(/IllegalArgumentException/);
    expect(() => javaReplace("a", "(a)", "$2", true)).toThrow(/No group 2/);
    expect(() => javaReplace("a", "(", "x", true)).toThrow(/PatternSyntaxException/);
  });

  it("translates Java-only syntax: \\A, \\z, \\Q..\\E, POSIX classes, a leading (?i)", () => {
    expect(javaMatches("Hello", "(?i)hello")).toBe(true);
    expect(javaMatches("a.b", "\\Qa.b\\E")).toBe(true);
    expect(javaMatches("axb", "\\Qa.b\\E")).toBe(false);
    expect(javaMatches("abc123", "\\p{Alpha}+\\p{Digit}+")).toBe(true);
    expect(javaReplace("ab\nab", "\\Aab", "X", true)).toBe("X\nab");
    expect(javaReplace("ab\nab", "ab\\z", "X", true)).toBe("ab\nX");
    expect(translatePattern("(?s)a.b").flags).toBe("s");
  });

  it("refuses Java syntax JavaScript would read differently", () => {
    for (const pattern of ["a*+", "(?>a)", "[a-z&&[^e]]", "a(?i)b"]) expect(() => javaMatches("a", pattern)).toThrow(/PatternSyntaxException/);
  });

  it("matches() needs the whole string, backtracking into later alternatives", () => {
    expect(javaMatches("ab", "a|ab")).toBe(true);
    expect(javaMatches("abc", "a|ab")).toBe(false);
  });
});
