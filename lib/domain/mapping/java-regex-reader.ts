/**
 * The character-level half of the Java regex translation behind AWS selection patterns: escapes, character
 * classes, properties and backreference numbers, read the way java.util.regex.Pattern reads them.
 */
import { HORIZONTAL_SPACE, JAVA_SPACE, propertyClass, VERTICAL_SPACE } from "./java-regex-classes";

export interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
  x: boolean;
  d: boolean;
}

/** A pattern Java would refuse, or one JavaScript cannot express faithfully. */
export class Refusal extends Error {}

const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);

export class JavaRegexReader {
  protected i = 0;
  /** Capturing groups opened so far, in Java's numbering. */
  protected groups = 0;

  constructor(
    protected readonly src: string,
    protected readonly flags: Flags,
  ) {}

  /** Java reads more digits only while the number stays a group that already exists. */
  protected backreferenceNumber(first: number): number {
    let number = first;
    while (/\d/.test(this.src[this.i] ?? "")) {
      const next = number * 10 + Number(this.src[this.i]);
      if (next > this.groups) break;
      number = next;
      this.i++;
    }
    return number;
  }

  /** Escapes valid both outside and inside classes. `inClass` changes only how a literal is written. */
  protected escapedCharacter(char: string, inClass: boolean): string {
    const src = this.src;
    switch (char) {
      case "d":
      case "D":
      case "w":
      case "W":
        return `\\${char}`;
      case "b":
      case "B":
        if (inClass) throw new Refusal("Illegal/unsupported escape sequence");
        return `\\${char}`;
      case "t":
      case "n":
      case "r":
      case "f":
        return `\\${char}`;
      case "a":
        return "\\x07";
      case "e":
        return "\\x1B";
      case "0": {
        const octal = /^(?:[0-3][0-7]{0,2}|[0-7]{1,2})/.exec(src.slice(this.i));
        if (!octal) throw new Refusal("Illegal octal escape sequence");
        this.i += octal[0].length;
        return codePoint(parseInt(octal[0], 8));
      }
      case "x": {
        const braced = /^\{([0-9a-fA-F]+)\}/.exec(src.slice(this.i));
        const hex = braced ?? /^[0-9a-fA-F]{2}/.exec(src.slice(this.i));
        if (!hex) throw new Refusal("Illegal hexadecimal escape sequence");
        this.i += hex[0].length;
        const value = parseInt(braced ? braced[1] : hex[0], 16);
        if (value > 0x10ffff) throw new Refusal("Hexadecimal codepoint is too big");
        return codePoint(value);
      }
      case "u": {
        const hex = /^[0-9a-fA-F]{4}/.exec(src.slice(this.i));
        if (!hex) throw new Refusal("Illegal Unicode escape sequence");
        this.i += 4;
        return codePoint(parseInt(hex[0], 16));
      }
      case "c": {
        const control = src[this.i++];
        if (control === undefined) throw new Refusal("Illegal control escape sequence");
        return codePoint(control.charCodeAt(0) ^ 64);
      }
      case "p":
      case "P":
        return this.property(char === "P", inClass);
      default:
        // Java lets any non-letter be escaped to stand for itself; escaped letters are reserved.
        if (/[A-Za-z0-9]/.test(char)) throw new Refusal(`Illegal/unsupported escape sequence \\${char}`);
        return inClass ? classLiteral(char) : literal(char);
    }
  }

  protected property(negated: boolean, inClass: boolean): string {
    const braced = /^\{([^}]*)\}/.exec(this.src.slice(this.i));
    const name = braced ? braced[1] : this.src[this.i];
    if (!name) throw new Refusal("Illegal character property");
    this.i += braced ? braced[0].length : 1;
    const property = propertyClass(name, negated);
    if (!property) throw new Refusal(`Unknown character property name {${name}}`);
    if (property.kind === "escape") return property.text;
    if (!inClass) return `[${property.body}]`;
    if (negated) throw new Refusal(`Negated \\P{${name}} inside a class has no JavaScript form`);
    return property.body;
  }

  /** `[...]`: nested classes are flattened when they only add members; intersections (&&) are refused. */
  protected characterClass(): string {
    let out = "[";
    if (this.src[this.i] === "^") {
      out += "^";
      this.i++;
    }
    let first = true;
    for (;;) {
      const char = this.src[this.i++];
      if (char === undefined) throw new Refusal("Unclosed character class");
      if (char === "]" && !first) return `${out}]`;
      first = false;
      if (this.flags.x && /[ \t\n\x0B\f\r]/.test(char)) continue;
      if (char === "&" && this.src[this.i] === "&") throw new Refusal("Character class intersection (&&) is not supported");
      if (char === "[") {
        if (this.src[this.i] === "^") throw new Refusal("Negated nested character class is not supported");
        out += this.characterClass().slice(1, -1);
      } else if (char === "\\") {
        const next = this.src[this.i++];
        if (next === "Q") {
          const end = this.src.indexOf("\\E", this.i);
          const quoted = this.src.slice(this.i, end === -1 ? undefined : end);
          this.i = end === -1 ? this.src.length : end + 2;
          out += [...quoted].map(classLiteral).join("");
        } else if (next === "s") out += JAVA_SPACE;
        else if (next === "h") out += HORIZONTAL_SPACE;
        else if (next === "v") out += VERTICAL_SPACE;
        else if (next === "S" || next === "H" || next === "V") throw new Refusal(`\\${next} inside a class is not supported`);
        else out += this.escapedCharacter(next ?? "", true);
      } else out += char === "-" ? "-" : classLiteral(char);
    }
  }

  protected skipSpaceOrComment(): boolean {
    const char = this.src[this.i];
    if (/[ \t\n\x0B\f\r]/.test(char)) {
      this.i++;
      return true;
    }
    if (char !== "#") return false;
    while (this.i < this.src.length && !/[\n\r\x85\u2028\u2029]/.test(this.src[this.i])) this.i++;
    return true;
  }
}

export function codePoint(value: number): string {
  return `\\u{${value.toString(16)}}`;
}

export function literal(char: string): string {
  return SYNTAX.has(char) ? `\\${char}` : char;
}

function classLiteral(char: string): string {
  return "\\]^-[".includes(char) ? `\\${char}` : char;
}
