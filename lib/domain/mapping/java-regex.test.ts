import { describe, expect, it } from "vitest";
import { compileJavaRegex, matchesWhole } from "./java-regex";

const matches = (pattern: string, input: string) => matchesWhole(compileJavaRegex(pattern), input);

describe("compileJavaRegex matches the whole input like Matcher.matches()", () => {
  it("anchors both ends", () => {
    expect(matches("4\\d{2}", "404")).toBe(true);
    expect(matches("4\\d{2}", "4040")).toBe(false);
    expect(matches("2", "200")).toBe(false);
    expect(matches("2|4", "4")).toBe(true);
    expect(matches("2|4", "24")).toBe(false);
  });

  it("does not let . cross any Java line terminator, unless (?s) is on", () => {
    expect(matches(".+", "Bad request")).toBe(true);
    expect(matches(".+", "Bad\nrequest")).toBe(false);
    expect(matches(".*Bad.*", "Bad\r\nstack")).toBe(false);
    expect(matches(".+", "a\u0085b")).toBe(false);
    expect(matches("(?s).*Bad.*", "line\nBad\nstack")).toBe(true);
  });

  it("applies leading inline flags: case-insensitive, comments, multiline, UNIX_LINES", () => {
    expect(matches("(?i)not found.*", "NOT FOUND: x")).toBe(true);
    expect(matches("(?x) 4 \\d \\d  # client errors", "404")).toBe(true);
    expect(matches("(?m)a$\\nb", "a\nb")).toBe(true);
    expect(matches("(?d).+", "a\rb")).toBe(true);
    expect(matches("(?i)(?s)x.y", "X\nY")).toBe(true);
  });

  it("refuses flags it cannot place, and refused patterns never match", () => {
    expect(compileJavaRegex("a(?i)b").ok).toBe(false);
    expect(compileJavaRegex("(?i:a)b").ok).toBe(false);
    expect(compileJavaRegex("(?U)\\w").ok).toBe(false);
    expect(matches("a(?i)b", "ab")).toBe(false);
  });

  it("treats Java's $ as end of input or before one final line terminator", () => {
    expect(matches("abc$\\n", "abc\n")).toBe(true);
    expect(matches("abc$", "abc")).toBe(true);
    expect(matches("abc$.", "abcd")).toBe(false);
  });

  it("emulates possessive quantifiers and atomic groups", () => {
    expect(matches("a*a", "aaa")).toBe(true);
    expect(matches("a*+a", "aaa")).toBe(false);
    expect(matches("a++b", "aab")).toBe(true);
    expect(matches("(?>a|ab)c", "abc")).toBe(false);
    expect(matches("(?>ab|a)c", "abc")).toBe(true);
    expect(matches("x{1,2}+x", "xx")).toBe(false);
  });

  it("keeps Java's group numbers for backreferences after helper groups", () => {
    expect(matches("(a)*+(b)\\2\\1", "aabba")).toBe(true);
    expect(matches("(?>(x))(y)\\2", "xyy")).toBe(true);
    expect(matches("(?<word>ab)-\\k<word>", "ab-ab")).toBe(true);
    expect(matches("(a)\\2", "aa")).toBe(false);
    // \11 is group 1 then "1" when there is no group 11.
    expect(matches("(a)\\11", "aa1")).toBe(true);
  });

  it("translates Java-only escapes and classes", () => {
    expect(matches("\\Qa.b*\\E", "a.b*")).toBe(true);
    expect(matches("\\Qa.b\\E", "axb")).toBe(false);
    expect(matches("\\Aabc\\z", "abc")).toBe(true);
    expect(matches("abc\\Z\\n", "abc\n")).toBe(true);
    expect(matches("abc\\Z", "abc\n")).toBe(false);
    expect(matches("a\\Rb", "a\r\nb")).toBe(true);
    expect(matches("\\h\\v", "\t\n")).toBe(true);
    expect(matches("\\p{Alpha}+\\p{Digit}", "abc1")).toBe(true);
    expect(matches("\\p{Lu}\\p{IsL}*", "Été")).toBe(true);
    expect(matches("\\p{IsLatin}+", "abc")).toBe(true);
    expect(matches("[\\p{Punct}\\s]+", "!? ")).toBe(true);
    expect(matches("\\x41\\x{1F600}\\u0042\\0101\\cA", "A😀BA\u0001")).toBe(true);
    expect(matches("\\t\\e\\a", "\t\u001b\u0007")).toBe(true);
  });

  it("keeps Java's ASCII \\s, so a no-break space is not whitespace", () => {
    expect(matches("\\s", "\u00a0")).toBe(false);
    expect(matches("\\S", "\u00a0")).toBe(true);
    expect(matches("[\\s]", " ")).toBe(true);
  });

  it("handles character classes: literal ], unions, escapes, negation", () => {
    expect(matches("[]a]+", "]a]")).toBe(true);
    expect(matches("[a[bc]]+", "abc")).toBe(true);
    expect(matches("[^0-9]+", "abc")).toBe(true);
    expect(matches("[\\-\\]\\[]+", "-][")).toBe(true);
    expect(matches("[.$^]+", ".$^")).toBe(true);
    expect(compileJavaRegex("[a-z&&[^aeiou]]").ok).toBe(false);
  });

  it("treats escaped punctuation as literal and reserved escaped letters as errors", () => {
    expect(matches('\\"\\<\\}', '"<}')).toBe(true);
    expect(compileJavaRegex("\\y").ok).toBe(false);
  });

  it("refuses what Java refuses", () => {
    for (const bad of ["*a", "a{", "(a", "a)", "[a", "a{2,1}", "\\"]) expect(compileJavaRegex(bad).ok).toBe(false);
  });

  it("takes literal braces and brackets that Java takes", () => {
    expect(matches("a}", "a}")).toBe(true);
    expect(matches("a]", "a]")).toBe(true);
    expect(matches("😀+", "😀😀")).toBe(true);
  });
});
