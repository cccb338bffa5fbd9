/**
 * JSONPath filter expressions (`[?(@.price < 10 && @.tag == 'x')]`) as Jayway reads them, parsed into a tree
 * of comparisons. Evaluation only compares values: there is no script, no eval, no property access beyond
 * the path steps below.
 */
import { VtlRuntimeError } from "./errors";
import { javaRegExp } from "./java-regex";
import { JDouble, javaEquals, type VtlValue } from "./values";

type Operand =
  | { k: "path"; root: "@" | "$"; steps: (string | number)[] }
  | { k: "literal"; value: VtlValue }
  | { k: "regex"; pattern: string }
  | { k: "list"; items: VtlValue[] };

type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=" | "=~" | "in" | "nin";

export type Filter =
  | { k: "and" | "or"; left: Filter; right: Filter }
  | { k: "not"; operand: Filter }
  | { k: "exists"; operand: Operand }
  | { k: "compare"; op: CompareOp; left: Operand; right: Operand };

const MISSING = Symbol("missing");
const TOKEN = /\s*(?:(@|\$)((?:\.[A-Za-z0-9_\-$]+|\[\s*(?:'(?:\\.|[^'])*'|"(?:\\.|[^"])*"|-?\d+)\s*\])*)|('(?:\\.|[^'])*'|"(?:\\.|[^"])*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)\b|\/((?:\\.|[^/])*)\/([a-z]*)|(==|!=|<=|>=|=~|&&|\|\||<|>|!|\(|\)|\[|\]|,)|(nin|in)\b)/y;

type Token = { t: "operand"; operand: Operand } | { t: "sym"; value: string };

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(.)/g, "$1");
}

function pathSteps(tail: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const re = /\.([A-Za-z0-9_\-$]+)|\[\s*('(?:\\.|[^'])*'|"(?:\\.|[^"])*"|-?\d+)\s*\]/g;
  for (const m of tail.matchAll(re)) steps.push(m[1] ?? (/^-?\d+$/.test(m[2]) ? Number(m[2]) : unquote(m[2])));
  return steps;
}

function tokenize(src: string, path: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new VtlRuntimeError(`com.jayway.jsonpath.InvalidPathException: Could not parse filter at '${src.slice(at)}' in ${path}`);
    if (m[1]) tokens.push({ t: "operand", operand: { k: "path", root: m[1] as "@" | "$", steps: pathSteps(m[2]) } });
    else if (m[3]) tokens.push({ t: "operand", operand: { k: "literal", value: unquote(m[3]) } });
    else if (m[4]) tokens.push({ t: "operand", operand: { k: "literal", value: /[.eE]/.test(m[4]) ? new JDouble(Number(m[4])) : Number(m[4]) } });
    else if (m[5]) tokens.push({ t: "operand", operand: { k: "literal", value: m[5] === "null" ? null : m[5] === "true" } });
    else if (m[6] !== undefined) tokens.push({ t: "operand", operand: { k: "regex", pattern: (m[7].includes("i") ? "(?i)" : "") + m[6] } });
    else tokens.push({ t: "sym", value: m[8] ?? m[9] });
  }
  return tokens;
}

class FilterParser {
  i = 0;
  constructor(private readonly tokens: Token[], private readonly path: string) {}

  fail(): never {
    throw new VtlRuntimeError(`com.jayway.jsonpath.InvalidPathException: Invalid filter in ${this.path}`);
  }

  sym(value: string): boolean {
    const t = this.tokens[this.i];
    if (t?.t === "sym" && t.value === value) {
      this.i++;
      return true;
    }
    return false;
  }

  or(): Filter {
    let left = this.and();
    while (this.sym("||")) left = { k: "or", left, right: this.and() };
    return left;
  }

  and(): Filter {
    let left = this.unary();
    while (this.sym("&&")) left = { k: "and", left, right: this.unary() };
    return left;
  }

  unary(): Filter {
    if (this.sym("!")) return { k: "not", operand: this.unary() };
    if (this.sym("(")) {
      const inner = this.or();
      if (!this.sym(")")) this.fail();
      return inner;
    }
    const left = this.operand();
    const t = this.tokens[this.i];
    if (t?.t !== "sym" || !["==", "!=", "<", "<=", ">", ">=", "=~", "in", "nin"].includes(t.value)) return { k: "exists", operand: left };
    this.i++;
    return { k: "compare", op: t.value as CompareOp, left, right: this.operand() };
  }

  operand(): Operand {
    const t = this.tokens[this.i];
    if (t?.t === "operand") {
      this.i++;
      return t.operand;
    }
    if (this.sym("[")) {
      const items: VtlValue[] = [];
      while (!this.sym("]")) {
        const item = this.operand();
        if (item.k !== "literal") this.fail();
        items.push(item.value);
        this.sym(",");
      }
      return { k: "list", items };
    }
    return this.fail();
  }
}

export function compileFilter(src: string, path: string): Filter {
  const tokens = tokenize(src, path);
  const parser = new FilterParser(tokens, path);
  const filter = parser.or();
  if (parser.i !== tokens.length) parser.fail();
  return filter;
}

function resolve(op: Operand, item: VtlValue, root: VtlValue): VtlValue | typeof MISSING {
  if (op.k === "literal") return op.value;
  if (op.k !== "path") return MISSING;
  let v: VtlValue = op.root === "@" ? item : root;
  for (const step of op.steps) {
    if (typeof step === "number" && Array.isArray(v)) {
      const at = step < 0 ? v.length + step : step;
      if (at < 0 || at >= v.length) return MISSING;
      v = v[at];
    } else if (typeof step === "string" && v instanceof Map && v.has(step)) {
      v = v.get(step) ?? null;
    } else {
      return MISSING;
    }
  }
  return v;
}

function num(v: VtlValue | typeof MISSING): number | null {
  return typeof v === "number" ? v : v instanceof JDouble ? v.value : null;
}

function compare(op: CompareOp, l: VtlValue | typeof MISSING, right: Operand, r: VtlValue | typeof MISSING): boolean {
  if (op === "=~") return typeof l === "string" && right.k === "regex" && javaRegExp(right.pattern, "whole").test(l);
  if (op === "in" || op === "nin") {
    const found = right.k === "list" && l !== MISSING && right.items.some((x) => equal(l, x));
    return op === "in" ? found : !found;
  }
  if (l === MISSING || r === MISSING) return op === "!=";
  if (op === "==") return equal(l, r);
  if (op === "!=") return !equal(l, r);
  const a = num(l);
  const b = num(r);
  let c: number;
  if (a !== null && b !== null) c = a - b;
  else if (typeof l === "string" && typeof r === "string") c = l < r ? -1 : l > r ? 1 : 0;
  else return false;
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

function equal(a: VtlValue, b: VtlValue): boolean {
  const x = num(a);
  const y = num(b);
  return x !== null && y !== null ? x === y : javaEquals(a, b);
}

export function evalFilter(f: Filter, item: VtlValue, root: VtlValue): boolean {
  switch (f.k) {
    case "and":
      return evalFilter(f.left, item, root) && evalFilter(f.right, item, root);
    case "or":
      return evalFilter(f.left, item, root) || evalFilter(f.right, item, root);
    case "not":
      return !evalFilter(f.operand, item, root);
    case "exists":
      return resolve(f.operand, item, root) !== MISSING;
    case "compare":
      return compare(f.op, resolve(f.left, item, root), f.right, resolve(f.right, item, root));
  }
}
