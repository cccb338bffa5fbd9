/**
 * Java regular expressions (java.util.regex, which AWS evaluates selectionPattern with) translated to
 * JavaScript, matched the way Matcher.matches() does: against the whole input. Java-only syntax is rewritten
 * (possessive quantifiers and atomic groups become lookahead + backreference, \A \z \Z \Q..\E \h \v \R, POSIX
 * classes, leading inline flags); what has no faithful JavaScript form is refused, and a refused pattern never
 * matches.
 */
import { HORIZONTAL_SPACE, JAVA_SPACE, LINE_TERMINATORS, VERTICAL_SPACE } from "./java-regex-classes";
import { JavaRegexReader, literal, Refusal, type Flags } from "./java-regex-reader";

export type JavaRegexResult = { ok: true; regex: RegExp } | { ok: false; reason: string };

/** A capturing "(" (Java group number, or a helper group of ours), or a backreference to one. */
type Token = string | { open: number | "helper"; id?: number; name?: string } | { ref: number } | { helperRef: number };
type Atom = Token[];

const LEADING_FLAGS = /^\(\?([imsxdu]*)(?:-([imsxdu]*))?\)/;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;

/** Compiles once; call matchesWhole() per input. */
export function compileJavaRegex(pattern: string): JavaRegexResult {
  try {
    const flags: Flags = { i: false, s: false, m: false, x: false, d: false };
    let rest = pattern;
    // Java allows flags anywhere; JavaScript (Node 20) has no inline modifiers, so only leading ones translate.
    for (let match = LEADING_FLAGS.exec(rest); match; match = LEADING_FLAGS.exec(rest)) {
      for (const flag of match[1]) if (flag !== "u") flags[flag as keyof Flags] = true;
      for (const flag of match[2] ?? "") if (flag !== "u") flags[flag as keyof Flags] = false;
      rest = rest.slice(match[0].length);
    }
    const body = new Translator(rest, flags).translate();
    return { ok: true, regex: new RegExp(`^(?:${body})$`, flags.i ? "iu" : "u") };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function matchesWhole(compiled: JavaRegexResult, input: string): boolean {
  return compiled.ok && compiled.regex.test(input);
}

class Translator extends JavaRegexReader {
  private helpers = 0;

  translate(): string {
    const atoms = this.sequence();
    if (this.i < this.src.length) throw new Refusal(`Unmatched closing ')' at ${this.i}`);
    return this.render(atoms.flat());
  }

  /** Atoms up to an unmatched ")" or the end; "|" is its own atom. */
  private sequence(): Atom[] {
    const atoms: Atom[] = [];
    while (this.i < this.src.length) {
      const char = this.src[this.i];
      if (char === ")") break;
      if (this.flags.x && this.skipSpaceOrComment()) continue;
      const quantifier = QUANTIFIER.exec(this.src.slice(this.i));
      if (quantifier || char === "{") {
        if (!quantifier) throw new Refusal(`Illegal repetition near index ${this.i}`);
        const last = atoms[atoms.length - 1];
        if (!last || last[0] === "|") throw new Refusal(`Dangling meta character '${char}' near index ${this.i}`);
        this.i += quantifier[0].length;
        atoms[atoms.length - 1] = this.quantify(last, quantifier[0]);
        continue;
      }
      atoms.push(...this.atom());
    }
    return atoms;
  }

  private quantify(atom: Atom, quantifier: string): Atom {
    const mode = this.src[this.i];
    if (mode === "?") {
      this.i++;
      return [...atom, quantifier, "?"];
    }
    if (mode !== "+") return [...atom, quantifier];
    this.i++;
    return this.atomic([...atom, quantifier]);
  }

  /** Java's atomic group (and possessive quantifier): JavaScript lookaheads never backtrack into themselves. */
  private atomic(inner: Token[]): Atom {
    const id = this.helpers++;
    return ["(?=", { open: "helper", id }, ...inner, "))", { helperRef: id }];
  }

  private atom(): Atom[] {
    const char = this.src[this.i++];
    switch (char) {
      case "|":
        return [["|"]];
      case "(":
        return [this.group()];
      case "[":
        return [[this.characterClass()]];
      case ".":
        return [[this.flags.s ? "[\\s\\S]" : `[^${this.terminators()}]`]];
      case "^":
        return [[this.flags.m ? this.multilineStart() : "(?<![\\s\\S])"]];
      case "$":
        return [[this.flags.m ? this.multilineEnd() : this.endOfInput()]];
      case "\\":
        return this.escape();
      default: {
        // Whole code points, so a quantifier after an astral character covers both of its UTF-16 halves.
        const point = this.src.codePointAt(this.i - 1) ?? 0;
        if (point > 0xffff) this.i++;
        return [[literal(String.fromCodePoint(point))]];
      }
    }
  }

  private group(): Atom {
    const src = this.src;
    let head: Token;
    if (src.startsWith("?:", this.i)) {
      this.i += 2;
      head = "(?:";
    } else if (src.startsWith("?=", this.i) || src.startsWith("?!", this.i)) {
      head = `(${src.slice(this.i, this.i + 2)}`;
      this.i += 2;
    } else if (src.startsWith("?<=", this.i) || src.startsWith("?<!", this.i)) {
      head = `(${src.slice(this.i, this.i + 3)}`;
      this.i += 3;
    } else if (src.startsWith("?>", this.i)) {
      this.i += 2;
      const inner = this.sequence();
      this.close();
      return this.atomic(["(?:", ...inner.flat(), ")"]);
    } else if (src.startsWith("?<", this.i)) {
      const name = /^\?<([A-Za-z][A-Za-z0-9]*)>/.exec(src.slice(this.i));
      if (!name) throw new Refusal(`Bad named group near index ${this.i}`);
      this.i += name[0].length;
      head = { open: ++this.groups, name: name[1] };
    } else if (src[this.i] === "?") {
      throw new Refusal(`Inline flags or construct '(${src.slice(this.i, this.i + 3)}' are not supported here`);
    } else {
      head = { open: ++this.groups };
    }
    const inner = this.sequence();
    this.close();
    return [head, ...inner.flat(), ")"];
  }

  private close(): void {
    if (this.src[this.i] !== ")") throw new Refusal("Unclosed group");
    this.i++;
  }

  private escape(): Atom[] {
    const char = this.src[this.i++];
    if (char === undefined) throw new Refusal("Unexpected internal error: trailing backslash");
    const terminators = this.terminators();
    switch (char) {
      case "s":
        return [[`[${JAVA_SPACE}]`]];
      case "S":
        return [[`[^${JAVA_SPACE}]`]];
      case "h":
        return [[`[${HORIZONTAL_SPACE}]`]];
      case "H":
        return [[`[^${HORIZONTAL_SPACE}]`]];
      case "v":
        return [[`[${VERTICAL_SPACE}]`]];
      case "V":
        return [[`[^${VERTICAL_SPACE}]`]];
      case "R":
        return [[`(?:\\r\\n|[${VERTICAL_SPACE}])`]];
      case "A":
      case "G":
        return [["(?<![\\s\\S])"]];
      case "z":
        return [["(?![\\s\\S])"]];
      case "Z":
        return [[terminators === "\\n" ? "(?=\\n?(?![\\s\\S]))" : this.endOfInput()]];
      case "Q": {
        const end = this.src.indexOf("\\E", this.i);
        const quoted = this.src.slice(this.i, end === -1 ? undefined : end);
        this.i = end === -1 ? this.src.length : end + 2;
        return [...quoted].map((c) => [literal(c)]);
      }
      case "k": {
        const name = /^<([A-Za-z][A-Za-z0-9]*)>/.exec(this.src.slice(this.i));
        if (!name) throw new Refusal("\\k is not followed by '<' for named capturing group");
        this.i += name[0].length;
        return [[`\\k<${name[1]}>`]];
      }
      default:
        if (char >= "1" && char <= "9") return [[{ ref: this.backreferenceNumber(Number(char)) }]];
        return [[this.escapedCharacter(char, false)]];
    }
  }






  private terminators(): string {
    return this.flags.d ? "\\n" : LINE_TERMINATORS;
  }

  /** Java's `$` without MULTILINE: the end, or before a final line terminator. */
  private endOfInput(): string {
    if (this.flags.d) return "(?=\\n?(?![\\s\\S]))";
    return `(?=(?:\\r\\n|[${LINE_TERMINATORS}])?(?![\\s\\S]))`;
  }

  /** MULTILINE `^`: the start, or after a line terminator (not inside \r\n) unless at the very end. */
  private multilineStart(): string {
    if (this.flags.d) return "(?:(?<![\\s\\S])|(?<=\\n)(?=[\\s\\S]))";
    return "(?:(?<![\\s\\S])|(?<=[\\n\\x85\\u2028\\u2029]|\\r(?!\\n))(?=[\\s\\S]))";
  }

  /** MULTILINE `$`: the end, or before a line terminator (not between \r and \n). */
  private multilineEnd(): string {
    if (this.flags.d) return "(?=\\n|(?![\\s\\S]))";
    return "(?:(?![\\s\\S])|(?=[\\r\\x85\\u2028\\u2029])|(?<!\\r)(?=\\n))";
  }

  /** Numbers capturing groups in their final order (helpers shift Java's numbers) and resolves references. */
  private render(tokens: Token[]): string {
    const javaToJs = new Map<number, number>();
    const helperToJs = new Map<number, number>();
    let next = 0;
    for (const token of tokens) {
      if (typeof token === "object" && "open" in token) {
        next++;
        if (token.open === "helper") helperToJs.set(token.id ?? -1, next);
        else javaToJs.set(token.open, next);
      }
    }
    let out = "";
    for (const token of tokens) {
      if (typeof token === "string") out += token;
      else if ("open" in token) out += token.name ? `(?<${token.name}>` : "(";
      else if ("ref" in token) {
        const js = javaToJs.get(token.ref);
        // A reference to a group that does not exist never matches in Java.
        out += js === undefined ? "(?!)" : `(?:\\${js})`;
      } else out += `(?:\\${helperToJs.get(token.helperRef)})`;
    }
    return out;
  }
}
