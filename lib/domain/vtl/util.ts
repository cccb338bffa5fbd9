/**
 * `$util`, API Gateway's helper object, with the Java libraries' exact outputs: commons-lang
 * escapeJavaScript, java.net.URLEncoder/URLDecoder (UTF-8) and Base64. Plain JS only (TextEncoder/Decoder),
 * so the console's live preview can run it in a browser.
 */
import { VtlRuntimeError } from "./errors";
import { JsonSyntaxError, parseJson } from "./json";
import { javaToString } from "./text";
import { NO_METHOD, type HostObject, type MethodResult, type VtlValue } from "./values";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");
const HEX = "0123456789ABCDEF";

/**
 * commons-lang StringEscapeUtils.escapeJavaScript: quotes, backslash and "/" get a backslash, control
 * characters their short or \u00XX form, and everything above U+007F a \uXXXX escape (upper-case hex).
 * AWS documents the \' it produces, which JSON does not accept.
 */
export function escapeJavaScript(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || c < 0x20) {
      const short: Record<number, string> = { 0x08: "\\b", 0x0a: "\\n", 0x09: "\\t", 0x0c: "\\f", 0x0d: "\\r" };
      out += short[c] ?? `\\u${c.toString(16).toUpperCase().padStart(4, "0")}`;
      continue;
    }
    const ch = s[i];
    out += ch === "'" || ch === '"' || ch === "\\" || ch === "/" ? `\\${ch}` : ch;
  }
  return out;
}

/** java.net.URLEncoder.encode(s, "UTF-8"): only A-Z a-z 0-9 . - * _ stay, a space becomes "+". */
export function urlEncode(s: string): string {
  let out = "";
  for (const ch of s) {
    if (/^[A-Za-z0-9.\-*_]$/.test(ch)) out += ch;
    else if (ch === " ") out += "+";
    else for (const b of encoder.encode(ch)) out += `%${HEX[b >> 4]}${HEX[b & 15]}`;
  }
  return out;
}

/** java.net.URLDecoder.decode(s, "UTF-8"): "+" is a space, runs of %XX are UTF-8 bytes; bad escapes throw. */
export function urlDecode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const ch = s[i];
    if (ch === "+") {
      out += " ";
      i++;
    } else if (ch === "%") {
      const bytes: number[] = [];
      while (i < s.length && s[i] === "%") {
        if (i + 3 > s.length) {
          throw new VtlRuntimeError("java.lang.IllegalArgumentException: URLDecoder: Incomplete trailing escape (%) pattern");
        }
        const hex = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw new VtlRuntimeError("java.lang.IllegalArgumentException: URLDecoder: Illegal hex characters in escape (%) pattern");
        }
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      out += decoder.decode(new Uint8Array(bytes));
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 (RFC 4648, padded, no line breaks) of the string's UTF-8 bytes. */
export function base64Encode(s: string): string {
  const bytes = encoder.encode(s);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}

/**
 * Base64 to a UTF-8 string. Like commons-codec's decoder it accepts the URL-safe alphabet, skips characters
 * outside the alphabet (line breaks) and stops at padding.
 */
export function base64Decode(s: string): string {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of s) {
    if (ch === "=") break;
    const v = ch === "-" ? 62 : ch === "_" ? 63 : B64.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** `$util.parseJson`: a JSON text to maps and lists the template can walk. */
export function parseJsonText(s: string): VtlValue {
  if (s.trim() === "") return null;
  try {
    return parseJson(s);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const start = s.trimStart()[0];
    // json-smart (permissive) reads a bare word as a string; a broken object or array is an error.
    if (start !== "{" && start !== "[") return s.trim();
    throw new VtlRuntimeError(`net.minidev.json.parser.ParseException: ${e.message}`);
  }
}

const FUNCTIONS: Readonly<Record<string, (s: string) => VtlValue>> = {
  escapeJavaScript,
  parseJson: parseJsonText,
  urlEncode,
  urlDecode,
  base64Encode,
  base64Decode,
};

/** The `$util` object. */
export class UtilObject implements HostObject {
  readonly hostKind = "$util";

  getProperty(): VtlValue {
    return null;
  }

  callMethod(name: string, args: VtlValue[]): MethodResult {
    if (!Object.hasOwn(FUNCTIONS, name) || args.length !== 1) return NO_METHOD;
    const arg = args[0];
    // The Java helpers return null for null (commons-lang's contract); other values go in as their toString().
    if (arg === null) return null;
    return FUNCTIONS[name](typeof arg === "string" ? arg : javaToString(arg));
  }
}
