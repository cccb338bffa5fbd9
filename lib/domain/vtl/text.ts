/**
 * How Java prints the values a mapping template holds: toString() for maps ("{a=1, b=x}"), ArrayLists
 * ("[1, 2]") and doubles ("1.0", "1.0E7"), and json-smart's compact JSON for JSONArrays and `$input.json()`.
 */
import { DefineBlock, JDouble, MapEntry, isJsonList, type VtlList, type VtlMap, type VtlValue } from "./values";
import { VtlRuntimeError } from "./errors";

/** Java's Double.toString: plain notation in [1e-3, 1e7), otherwise "d.dddE±n"; always one fraction digit. */
export function formatJavaDouble(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(d);
    return plain.includes(".") ? plain : `${plain}.0`;
  }
  // toExponential() without digits gives the shortest round-tripping digits, as Java 19+ does.
  const [mantissa, exponent] = d.toExponential().split("e");
  const m = mantissa.includes(".") ? mantissa : `${mantissa}.0`;
  return `${m}E${exponent.startsWith("+") ? exponent.slice(1) : exponent}`;
}

export function formatJavaInteger(n: number): string {
  // Past 1e21 JS switches to exponent notation; Java's BigInteger never does.
  return Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(Object.is(n, -0) ? 0 : n);
}

/** Java's String.valueOf(x): what Velocity concatenates and what collections print for their items. */
export function javaToString(v: VtlValue): string {
  return toText(v, []);
}

function toText(v: VtlValue, open: object[]): string {
  if (v === null) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return formatJavaInteger(v);
  if (v instanceof JDouble) return formatJavaDouble(v.value);
  if (v instanceof Map) return mapText(v, open);
  if (Array.isArray(v)) return isJsonList(v) ? toJsonText(v) : listText(v, open);
  if (v instanceof MapEntry) return `${v.key}=${toText(v.getProperty("value"), open)}`;
  if (v instanceof DefineBlock) return "";
  // Host objects ($input, $util, $foreach) have no printable form worth leaking.
  return "";
}

function guard(container: object, open: object[]): void {
  // Java recurses until StackOverflowError on an indirect cycle; we stop with an error instead.
  if (open.includes(container)) throw new VtlRuntimeError("java.lang.StackOverflowError: a collection contains itself");
  if (open.length > 256) throw new VtlRuntimeError("java.lang.StackOverflowError: collections nested too deeply");
}

function mapText(map: VtlMap, open: object[]): string {
  guard(map, open);
  open.push(map);
  const parts: string[] = [];
  for (const [k, v] of map) parts.push(`${k}=${v === map ? "(this Map)" : toText(v, open)}`);
  open.pop();
  return `{${parts.join(", ")}}`;
}

function listText(list: VtlList, open: object[]): string {
  guard(list, open);
  open.push(list);
  const parts = list.map((item) => (item === list ? "(this Collection)" : toText(item, open)));
  open.pop();
  return `[${parts.join(", ")}]`;
}

const HEX = "0123456789ABCDEF";

/** json-smart's string protection: control characters, U+007F-U+009F and U+2000-U+20FF become \uXXXX. */
export function jsonQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x0c: out += "\\f"; break;
      case 0x0a: out += "\\n"; break;
      case 0x0d: out += "\\r"; break;
      case 0x09: out += "\\t"; break;
      default:
        if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) {
          out += `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
        } else {
          out += s[i];
        }
    }
  }
  return `${out}"`;
}

/** Compact JSON as json-smart writes it: no spaces, doubles in Java notation. */
export function toJsonText(v: VtlValue): string {
  return json(v, []);
}

function json(v: VtlValue, open: object[]): string {
  if (v === null) return "null";
  if (typeof v === "string") return jsonQuote(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return formatJavaInteger(v);
  if (v instanceof JDouble) return formatJavaDouble(v.value);
  if (v instanceof Map) {
    guard(v, open);
    open.push(v);
    const parts: string[] = [];
    for (const [k, item] of v) parts.push(`${jsonQuote(k)}:${json(item, open)}`);
    open.pop();
    return `{${parts.join(",")}}`;
  }
  if (Array.isArray(v)) {
    guard(v, open);
    open.push(v);
    const parts = v.map((item) => json(item, open));
    open.pop();
    return `[${parts.join(",")}]`;
  }
  if (v instanceof MapEntry) return jsonQuote(toText(v, open));
  return "null";
}
