/**
 * JSON text to template values, the way API Gateway's json-smart parser (MODE_PERMISSIVE) reads a payload:
 * objects become ordered maps, arrays become JSONArrays (they print as JSON), numbers with a fraction or an
 * exponent become doubles and the others integers. A body that is not JSON and does not open an object or an
 * array reads as one string (AWS: payload `a=b` gives "a=b"); `{a` fails as AWS fails it.
 */
import { VtlRuntimeError } from "./errors";
import { JDouble, markJsonList, type VtlMap, type VtlValue } from "./values";

// Deeper documents would only exhaust the stack; json-smart has no limit but AWS caps payloads at 10 MB.
const MAX_DEPTH = 1000;

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

/** Strict JSON (RFC 8259) into template values; throws JsonSyntaxError. */
export function parseJson(text: string): VtlValue {
  const p = new Parser(text);
  p.ws();
  const value = p.value(0);
  p.ws();
  if (p.i < text.length) throw new JsonSyntaxError(`Unexpected character (${text[p.i]}) at position ${p.i}`, p.i);
  return value;
}

/**
 * A method request or integration response body as `$input` reads it. AWS reads an empty body as `{}`
 * (LocalStack PR 12413, validated against AWS: `$input.body` of an empty request is "{}").
 */
export function parsePayload(text: string): VtlValue {
  if (text.trim() === "") return new Map();
  try {
    return parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const start = text.trimStart()[0];
    if (start === "{" || start === "[") {
      // AWS: 400 {"message": "Could not process payloadnet.minidev.json.parser.ParseException: ..."}
      throw new VtlRuntimeError(`Could not process payload: ${e.message}`, 400);
    }
    return text.trim();
  }
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  fail(what: string): never {
    const at = this.i < this.s.length ? `character (${this.s[this.i]})` : "End Of File";
    throw new JsonSyntaxError(`Unexpected ${at} at position ${this.i}: expected ${what}`, this.i);
  }

  value(depth: number): VtlValue {
    if (depth > MAX_DEPTH) throw new VtlRuntimeError(`JSON nested deeper than ${MAX_DEPTH} levels`, 400);
    const c = this.s[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    if (this.s.startsWith("true", this.i)) return this.word("true", true);
    if (this.s.startsWith("false", this.i)) return this.word("false", false);
    if (this.s.startsWith("null", this.i)) return this.word("null", null);
    return this.fail("a value");
  }

  word<T extends VtlValue>(w: string, v: T): T {
    this.i += w.length;
    return v;
  }

  object(depth: number): VtlMap {
    const map: VtlMap = new Map();
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") {
      this.i++;
      return map;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail("a quoted key");
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail("':'");
      this.i++;
      this.ws();
      // A later duplicate key wins, as in a LinkedHashMap; Map keeps the first position.
      map.set(key, this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === "}") return map;
      if (c !== ",") {
        this.i--;
        this.fail("',' or '}'");
      }
    }
  }

  array(depth: number): VtlValue[] {
    const list: VtlValue[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === "]") {
      this.i++;
      return markJsonList(list);
    }
    for (;;) {
      this.ws();
      list.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === "]") return markJsonList(list);
      if (c !== ",") {
        this.i--;
        this.fail("',' or ']'");
      }
    }
  }

  string(): string {
    const s = this.s;
    let out = "";
    let start = ++this.i;
    for (;;) {
      if (this.i >= s.length) this.fail("'\"'");
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        out += s.slice(start, this.i++);
        return out;
      }
      if (c < 0x20) this.fail("no control character inside a string");
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += s.slice(start, this.i);
      const e = s[this.i + 1];
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e === "u") {
        const hex = s.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("four hex digits after \\u");
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += 6;
      } else if (e !== undefined && Object.hasOwn(simple, e)) {
        out += simple[e];
        this.i += 2;
      } else {
        this.i++;
        this.fail("a valid escape");
      }
      start = this.i;
    }
  }

  number(): number | JDouble {
    const s = this.s;
    const start = this.i;
    let i = start;
    let fraction = false;
    const digits = () => {
      const from = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === from) {
        this.i = i;
        this.fail("a digit");
      }
    };
    if (s[i] === "-") i++;
    if (s[i] === "0") i++;
    else digits();
    if (s[i] === ".") {
      i++;
      digits();
      fraction = true;
    }
    if (s[i] === "e" || s[i] === "E") {
      i++;
      if (s[i] === "+" || s[i] === "-") i++;
      digits();
      fraction = true;
    }
    this.i = i;
    const n = Number(s.slice(start, i));
    // json-smart keeps big integers exact (Long/BigInteger); JS numbers round past 2^53, a known gap.
    if (!fraction) return Object.is(n, -0) ? 0 : n;
    return new JDouble(n);
  }
}
