/**
 * java.util.regex as far as JavaScript can follow it, for String.replaceAll/replaceFirst/split/matches.
 * Java-only syntax that changes meaning is translated (\A, \Z, \z, \Q..\E, POSIX \p{Alpha}, leading (?i));
 * syntax JavaScript cannot honour (possessive quantifiers, atomic groups, class intersections) is refused
 * with Java's PatternSyntaxException rather than silently matching something else.
 */
import { VtlRuntimeError } from "./errors";

const POSIX: Readonly<Record<string, string>> = {
  Lower: "a-z", Upper: "A-Z", ASCII: "\\x00-\\x7F", Alpha: "a-zA-Z", Digit: "0-9", Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~", Graph: "!-~", Print: " -~", Blank: " \\t", Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F", Space: " \\t\\n\\x0B\\f\\r",
};

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 256;

function syntaxError(pattern: string, why: string): VtlRuntimeError {
  return new VtlRuntimeError(`java.util.regex.PatternSyntaxException: ${why} near '${pattern}'`);
}

/** Java pattern to JavaScript source and flags (without "g"/"y"). */
export function translatePattern(pattern: string): { source: string; flags: string } {
  let src = pattern;
  let flags = "";
  const inline = /^\(\?([imsu]+)\)/.exec(src);
  if (inline) {
    for (const f of inline[1]) if (f !== "u" && !flags.includes(f)) flags += f;
    src = src.slice(inline[0].length);
  }
  let out = "";
  let inClass = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const n = src[i + 1];
      if (n === undefined) throw syntaxError(pattern, "Unexpected internal error (trailing backslash)");
      if (n === "Q") {
        const end = src.indexOf("\\E", i + 2);
        const literal = end === -1 ? src.slice(i + 2) : src.slice(i + 2, end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
        i = end === -1 ? src.length : end + 1;
        continue;
      }
      if (n === "p" || n === "P") {
        const m = /^\{(?:Is)?(\w+)\}/.exec(src.slice(i + 2));
        const posix = m && Object.hasOwn(POSIX, m[1]) ? POSIX[m[1]] : undefined;
        if (m && posix !== undefined) {
          const negate = n === "P";
          out += inClass ? (negate ? "" : posix) : `[${negate ? "^" : ""}${posix}]`;
          if (inClass && negate) throw syntaxError(pattern, "negated POSIX class inside a character class is not supported");
          i += 1 + m[0].length;
          continue;
        }
        if (!flags.includes("u")) flags += "u";
      }
      if (!inClass && n === "A") out += "^";
      else if (!inClass && n === "z") out += "$(?![\\s\\S])";
      else if (!inClass && n === "Z") out += "(?=\\n?$(?![\\s\\S]))";
      else if (n === "h") out += inClass ? " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000" : "[ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]";
      else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "[") throw syntaxError(pattern, "nested character classes and intersections (&&) are not supported");
      if (c === "&" && src[i + 1] === "&") throw syntaxError(pattern, "character class intersection (&&) is not supported");
      if (c === "]") inClass = 0;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = 1;
      out += c;
      if (src[i + 1] === "^") out += src[++i];
      if (src[i + 1] === "]") out += `\\${src[++i]}`;
      continue;
    }
    if (c === "(" && src[i + 1] === "?" && src[i + 2] === ">") throw syntaxError(pattern, "atomic groups (?>...) are not supported");
    if (c === "(" && src[i + 1] === "?" && /[a-zA-Z-]/.test(src[i + 2] ?? "") && src[i + 2] !== "<") throw syntaxError(pattern, "inline flags are supported only at the start");
    if ((c === "*" || c === "+" || c === "?" || c === "}") && src[i + 1] === "+") throw syntaxError(pattern, "possessive quantifiers are not supported");
    out += c;
  }
  return { source: out, flags };
}

/**
 * Rejects the shapes that backtrack exponentially: a repeated group that itself repeats ("(a+)+",
 * "(\w*\s?)*") or offers alternatives ("(a|aa)*" takes minutes on 40 characters). Java backtracks the
 * same way, but a synchronous RegExp cannot be interrupted by our time budget and a client-supplied body
 * would hold the gateway's event loop. A character class ("[\w-]+") says the same thing safely.
 */
function assertLinear(source: string, pattern: string): void {
  const stack: boolean[] = [];
  let risky = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(") {
      stack.push(risky);
      risky = false;
    } else if (c === "|") {
      risky = true;
    } else if (c === ")") {
      const inner: boolean = risky;
      risky = stack.pop() ?? false;
      const next = source[i + 1];
      if (inner && (next === "*" || next === "+" || next === "{")) {
        throw new VtlRuntimeError(`Regular expression '${pattern}' repeats a group that repeats or alternates, which can take exponential time; use a character class instead`);
      }
      risky = risky || inner;
    } else if (c === "*" || c === "+" || (c === "{" && /^\{\d*,\d*\}/.test(source.slice(i)))) {
      risky = true;
    }
  }
}

/**
 * A compiled RegExp for a Java pattern, cached (templates reuse a handful of patterns). `whole` anchors it
 * for String.matches(); "g" serves replaceAll/split.
 */
export function javaRegExp(pattern: string, mode: "g" | "first" | "whole"): RegExp {
  const key = `${mode}\u0000${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const { source, flags } = translatePattern(pattern);
  assertLinear(source, pattern);
  let re: RegExp;
  try {
    if (mode === "whole") re = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}y`);
    else re = new RegExp(source, mode === "g" ? `${flags}g` : flags);
  } catch (e) {
    throw syntaxError(pattern, e instanceof Error ? e.message : "invalid pattern");
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, re);
  return re;
}

/** String.matches: the whole string must match, backtracking into alternatives that reach the end. */
export function javaMatches(s: string, pattern: string): boolean {
  const re = javaRegExp(pattern, "whole");
  re.lastIndex = 0;
  return re.test(s);
}

type ReplacementPart = string | number | { name: string };

/** Matcher.appendReplacement's syntax: $n and ${name} are groups, a backslash quotes the next character. */
function parseReplacement(repl: string, groupCount: number): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let literal = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === "\\") {
      if (i + 1 >= repl.length) throw new VtlRuntimeError("java.lang.IllegalArgumentException: character to be escaped is missing");
      literal += repl[++i];
    } else if (c === "$") {
      if (i + 1 >= repl.length) throw new VtlRuntimeError("java.lang.IllegalArgumentException: Illegal group reference: group index is missing");
      if (repl[i + 1] === "{") {
        const end = repl.indexOf("}", i + 2);
        if (end === -1) throw new VtlRuntimeError("java.lang.IllegalArgumentException: named capturing group is missing trailing '}'");
        parts.push(literal, { name: repl.slice(i + 2, end) });
        literal = "";
        i = end;
        continue;
      }
      if (!/[0-9]/.test(repl[i + 1])) throw new VtlRuntimeError("java.lang.IllegalArgumentException: Illegal group reference");
      // Java takes the first digit, then more digits while the number still names an existing group.
      let n = Number(repl[++i]);
      while (i + 1 < repl.length && /[0-9]/.test(repl[i + 1]) && n * 10 + Number(repl[i + 1]) <= groupCount) n = n * 10 + Number(repl[++i]);
      if (n > groupCount) throw new VtlRuntimeError(`java.lang.IndexOutOfBoundsException: No group ${n}`);
      parts.push(literal, n);
      literal = "";
    } else {
      literal += c;
    }
  }
  parts.push(literal);
  return parts;
}

/** String.replaceAll / replaceFirst with Java's replacement syntax. */
export function javaReplace(s: string, pattern: string, repl: string, all: boolean): string {
  const re = javaRegExp(pattern, all ? "g" : "first");
  const groupCount = new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, "")).exec("")?.length ?? 1;
  const parts = parseReplacement(repl, groupCount - 1);
  return s.replace(re, (...m: unknown[]) => {
    const last = m[m.length - 1];
    const named = typeof last === "object" && last !== null ? (last as Record<string, string | undefined>) : {};
    return parts
      .map((p) => {
        if (typeof p === "string") return p;
        if (typeof p === "number") return typeof m[p] === "string" ? (m[p] as string) : "";
        if (!Object.hasOwn(named, p.name)) throw new VtlRuntimeError(`java.lang.IllegalArgumentException: No group with name {${p.name}}`);
        return named[p.name] ?? "";
      })
      .join("");
  });
}

/** String.split(regex, limit) with Java 8+ rules: no leading empty piece from a zero-width match at 0, trailing empties dropped when limit is 0. */
export function javaSplit(s: string, pattern: string, limit = 0): string[] {
  const re = javaRegExp(pattern, "g");
  const pieces: string[] = [];
  let index = 0;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(s)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex = end + 1;
    if (end === 0 && start === 0 && m[0].length === 0) continue;
    if (limit > 0 && pieces.length === limit - 1) break;
    pieces.push(s.slice(index, start));
    index = end;
  }
  if (index === 0 && pieces.length === 0) return [s];
  pieces.push(s.slice(index));
  if (limit === 0) while (pieces.length > 0 && pieces[pieces.length - 1] === "") pieces.pop();
  return pieces;
}
