/**
 * java.lang.String's methods that mapping templates call. Anything not listed here does not exist for the
 * template (Velocity yields null), which is also what keeps getClass() and friends out of reach.
 */
import { VtlRuntimeError } from "./errors";
import { javaMatches, javaReplace, javaSplit } from "./java-regex";
import { NO_METHOD, intArg, javaEquals, type MethodResult, type VtlValue } from "./values";

function outOfRange(what: string): VtlRuntimeError {
  return new VtlRuntimeError(`java.lang.StringIndexOutOfBoundsException: ${what}`);
}

function npe(method: string): VtlRuntimeError {
  return new VtlRuntimeError(`java.lang.NullPointerException in String.${method}()`);
}

/** A CharSequence argument: a string, a NullPointerException for null, no method for anything else. */
function text(args: VtlValue[], i: number, method: string): string | typeof NO_METHOD {
  const v = args[i];
  if (v === null) throw npe(method);
  return typeof v === "string" ? v : NO_METHOD;
}

/** Java's trim(): strips every character up to U+0020, not Unicode whitespace. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

function compareTo(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function replaceLiteral(s: string, target: string, replacement: string): string {
  // Java inserts the replacement around every character when the target is empty.
  if (target === "") return replacement + [...s].join(replacement) + (s === "" ? "" : replacement);
  return s.split(target).join(replacement);
}

/** indexOf/lastIndexOf take a String or an int char code. */
function needle(v: VtlValue, method: string): string | typeof NO_METHOD {
  if (v === null) throw npe(method);
  if (typeof v === "string") return v;
  if (typeof v === "number") return String.fromCharCode(v);
  return NO_METHOD;
}

export function callStringMethod(s: string, name: string, args: VtlValue[]): MethodResult {
  const n = args.length;
  switch (name) {
    case "length":
      return n === 0 ? s.length : NO_METHOD;
    case "isEmpty":
      return n === 0 ? s.length === 0 : NO_METHOD;
    case "toString":
    case "intern":
      return n === 0 ? s : NO_METHOD;
    case "trim":
      return n === 0 ? javaTrim(s) : NO_METHOD;
    case "toUpperCase":
      return n === 0 ? s.toUpperCase() : NO_METHOD;
    case "toLowerCase":
      return n === 0 ? s.toLowerCase() : NO_METHOD;
    case "equals":
      return n === 1 ? javaEquals(s, args[0]) : NO_METHOD;
    case "equalsIgnoreCase": {
      if (n !== 1) return NO_METHOD;
      const o = args[0];
      return typeof o === "string" && o.length === s.length && (o.toUpperCase() === s.toUpperCase() || o.toLowerCase() === s.toLowerCase());
    }
    case "compareTo":
    case "compareToIgnoreCase": {
      if (n !== 1) return NO_METHOD;
      const o = text(args, 0, name);
      if (o === NO_METHOD) return o;
      return name === "compareTo" ? compareTo(s, o) : compareTo(s.toUpperCase().toLowerCase(), o.toUpperCase().toLowerCase());
    }
    case "contains":
    case "endsWith":
    case "concat": {
      if (n !== 1) return NO_METHOD;
      const o = text(args, 0, name);
      if (o === NO_METHOD) return o;
      if (name === "contains") return s.includes(o);
      return name === "endsWith" ? s.endsWith(o) : s + o;
    }
    case "startsWith": {
      if (n !== 1 && n !== 2) return NO_METHOD;
      const o = text(args, 0, name);
      const offset = n === 2 ? intArg(args[1]) : 0;
      if (o === NO_METHOD || offset === null) return NO_METHOD;
      return offset >= 0 && offset <= s.length && s.startsWith(o, offset);
    }
    case "indexOf":
    case "lastIndexOf": {
      if (n !== 1 && n !== 2) return NO_METHOD;
      const o = needle(args[0], name);
      const from = n === 2 ? intArg(args[1]) : null;
      if (o === NO_METHOD || (n === 2 && from === null)) return NO_METHOD;
      if (name === "indexOf") return s.indexOf(o, from === null ? 0 : Math.max(0, from));
      if (from !== null && from < 0) return -1;
      return s.lastIndexOf(o, from === null ? Infinity : from);
    }
    case "charAt": {
      const i = n === 1 ? intArg(args[0]) : null;
      if (i === null) return NO_METHOD;
      if (i < 0 || i >= s.length) throw outOfRange(`index ${i}, length ${s.length}`);
      return s[i];
    }
    case "substring":
    case "subSequence": {
      const begin = intArg(args[0]);
      const end = n === 2 ? intArg(args[1]) : n === 1 ? s.length : null;
      if (begin === null || end === null || (name === "subSequence" && n !== 2)) return NO_METHOD;
      if (begin < 0 || end > s.length || begin > end) throw outOfRange(`begin ${begin}, end ${end}, length ${s.length}`);
      return s.slice(begin, end);
    }
    case "replace": {
      if (n !== 2) return NO_METHOD;
      const target = text(args, 0, name);
      const replacement = text(args, 1, name);
      if (target === NO_METHOD || replacement === NO_METHOD) return NO_METHOD;
      return replaceLiteral(s, target, replacement);
    }
    case "replaceAll":
    case "replaceFirst": {
      if (n !== 2) return NO_METHOD;
      const regex = text(args, 0, name);
      const replacement = text(args, 1, name);
      if (regex === NO_METHOD || replacement === NO_METHOD) return NO_METHOD;
      return javaReplace(s, regex, replacement, name === "replaceAll");
    }
    case "matches": {
      if (n !== 1) return NO_METHOD;
      const regex = text(args, 0, name);
      return regex === NO_METHOD ? regex : javaMatches(s, regex);
    }
    case "split": {
      if (n !== 1 && n !== 2) return NO_METHOD;
      const regex = text(args, 0, name);
      const limit = n === 2 ? intArg(args[1]) : 0;
      if (regex === NO_METHOD || limit === null) return NO_METHOD;
      return javaSplit(s, regex, limit);
    }
    default:
      return NO_METHOD;
  }
}

/** `$string.empty` is Velocity's isEmpty(); no other bean property of a String is reachable. */
export function stringProperty(s: string, name: string): VtlValue {
  return name === "empty" ? s.length === 0 : null;
}
