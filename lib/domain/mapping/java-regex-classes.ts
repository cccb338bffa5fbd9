/**
 * Java's predefined and POSIX character classes in JavaScript (`u` mode) terms, for the Java regex
 * translation behind AWS selection patterns. Java's defaults are ASCII: `\s` is [ \t\n\x0B\f\r], `.` stops at
 * every Java line terminator, `\p{Alpha}` is [a-zA-Z].
 */

/** Java line terminators (without UNIX_LINES): \n, \r, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_TERMINATORS = "\\n\\r\\x85\\u2028\\u2029";
export const JAVA_SPACE = " \\t\\n\\x0B\\f\\r";
export const HORIZONTAL_SPACE = " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";
export const VERTICAL_SPACE = "\\n\\x0B\\f\\r\\x85\\u2028\\u2029";

/** Class bodies (what goes between [ and ]) for Java's POSIX-style \p{Name} classes. */
const POSIX: Readonly<Record<string, string>> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: JAVA_SPACE,
};

const JAVA_CHARACTER: Readonly<Record<string, string>> = {
  javaLowerCase: "Lowercase",
  javaUpperCase: "Uppercase",
  javaAlphabetic: "Alphabetic",
  javaLetter: "L",
  javaDigit: "Nd",
  javaWhitespace: "White_Space",
};

const GENERAL_CATEGORY = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?|LC|L&)$/;
const BINARY_PROPERTIES = new Set(["Alphabetic", "Letter", "Lowercase", "Uppercase", "White_Space", "Ideographic", "Emoji"]);

export type PropertyClass =
  /** A class body usable inside [...]; `negated` classes can only stand alone. */
  | { kind: "set"; body: string }
  /** A JavaScript \p{...} (or \P{...}) escape, usable anywhere. */
  | { kind: "escape"; text: string };

/** `\p{name}` / `\P{name}` (`negated`) -> its JavaScript form, or null when JavaScript has no equivalent. */
export function propertyClass(name: string, negated: boolean): PropertyClass | null {
  const posix = POSIX[name] ?? (name.startsWith("Is") ? POSIX[name.slice(2)] : undefined);
  if (posix !== undefined) return { kind: "set", body: negated ? `^${posix}` : posix };
  const p = negated ? "P" : "p";
  const java = JAVA_CHARACTER[name];
  if (java) return { kind: "escape", text: `\\${p}{${java}}` };
  const bare = name.startsWith("Is") ? name.slice(2) : name;
  const category = bare === "L&" ? "LC" : bare;
  if (GENERAL_CATEGORY.test(category)) return { kind: "escape", text: `\\${p}{${category}}` };
  const [key, value] = bare.split("=");
  if (value !== undefined) {
    const lower = key.toLowerCase();
    if (lower === "gc" || lower === "general_category") return { kind: "escape", text: `\\${p}{gc=${value}}` };
    if (lower === "sc" || lower === "script") return { kind: "escape", text: `\\${p}{sc=${value}}` };
    return null;
  }
  if (BINARY_PROPERTIES.has(bare)) return { kind: "escape", text: `\\${p}{${bare}}` };
  // `IsLatin`: a script. Blocks (`InGreek`) have no JavaScript form.
  if (name.startsWith("Is") && /^[A-Z][A-Za-z_]+$/.test(bare)) return { kind: "escape", text: `\\${p}{sc=${bare}}` };
  return null;
}
