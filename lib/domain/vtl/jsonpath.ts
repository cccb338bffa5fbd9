/**
 * The JSONPath of `$input.path(x)` / `$input.json(x)`, following Jayway JsonPath (the library AWS names):
 * a definite path (only names and single indexes) yields one value or null, any other path yields a list of
 * matches. Hand-written rather than jsonpath-plus: jsonpath-plus runs filter expressions through its own
 * script engine (sandbox escapes have been found there, CVE-2024-21534) and with eval off it has no filters
 * at all; it also walks plain JS objects, where our maps and doubles are not. Filters here are parsed into a
 * small tree and evaluated by comparison only: no code runs.
 */
import { VtlRuntimeError } from "./errors";
import { JDouble, markJsonList, type VtlValue } from "./values";
import { compileFilter, evalFilter, type Filter } from "./jsonpath-filter";

export type PathStep =
  | { k: "names"; names: string[] }
  | { k: "wildcard" }
  | { k: "indexes"; indexes: number[] }
  | { k: "slice"; start: number | null; end: number | null; step: number }
  | { k: "filter"; filter: Filter }
  | { k: "scan"; step: PathStep }
  | { k: "fn"; name: string };

interface CompiledPath {
  steps: PathStep[];
  definite: boolean;
}

const cache = new Map<string, CompiledPath>();

function bad(path: string, why: string): VtlRuntimeError {
  return new VtlRuntimeError(`com.jayway.jsonpath.InvalidPathException: ${why} in path ${path}`);
}

export function compilePath(path: string): CompiledPath {
  const hit = cache.get(path);
  if (hit) return hit;
  let p = path.trim();
  // Jayway reads "a.b" as "$.a.b".
  if (!p.startsWith("$")) p = `$.${p}`;
  const steps: PathStep[] = [];
  let i = 1;
  while (i < p.length) {
    if (p.startsWith("..", i)) {
      i += 2;
      const [step, next] = p[i] === "[" ? bracket(p, i, path) : dotName(p, i, path);
      steps.push({ k: "scan", step });
      i = next;
    } else if (p[i] === ".") {
      const [step, next] = dotName(p, i + 1, path);
      steps.push(step);
      i = next;
    } else if (p[i] === "[") {
      const [step, next] = bracket(p, i, path);
      steps.push(step);
      i = next;
    } else {
      throw bad(path, `Unexpected character '${p[i]}' at ${i}`);
    }
  }
  const fnAt = steps.findIndex((s) => s.k === "fn");
  if (fnAt >= 0 && fnAt !== steps.length - 1) throw bad(path, "A function must be the last step");
  const definite = steps.every((s) => (s.k === "names" && s.names.length === 1) || (s.k === "indexes" && s.indexes.length === 1) || s.k === "fn");
  const compiled = { steps, definite };
  if (cache.size > 512) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

function dotName(p: string, i: number, path: string): [PathStep, number] {
  if (p[i] === "*") return [{ k: "wildcard" }, i + 1];
  const m = /^[^.[\]\s()]+/.exec(p.slice(i));
  if (!m) throw bad(path, `Expected a property name at ${i}`);
  const after = i + m[0].length;
  if (p.startsWith("()", after)) return [{ k: "fn", name: m[0] }, after + 2];
  return [{ k: "names", names: [m[0]] }, after];
}

function bracket(p: string, i: number, path: string): [PathStep, number] {
  const close = matchingBracket(p, i, path);
  const inner = p.slice(i + 1, close).trim();
  const next = close + 1;
  if (inner === "*") return [{ k: "wildcard" }, next];
  if (inner.startsWith("?")) {
    const body = inner.slice(1).trim();
    if (!body.startsWith("(") || !body.endsWith(")")) throw bad(path, "A filter must look like [?(...)]");
    return [{ k: "filter", filter: compileFilter(body.slice(1, -1), path) }, next];
  }
  if (inner.startsWith("'") || inner.startsWith('"')) return [{ k: "names", names: quotedList(inner, path) }, next];
  if (inner.includes(":")) {
    const parts = inner.split(":").map((x) => x.trim());
    const num = (x: string | undefined) => (x === undefined || x === "" ? null : Number.parseInt(x, 10));
    const step = num(parts[2]) ?? 1;
    if (step <= 0 || parts.length > 3) throw bad(path, `Unsupported slice [${inner}]`);
    return [{ k: "slice", start: num(parts[0]), end: num(parts[1]), step }, next];
  }
  const indexes = inner.split(",").map((x) => x.trim());
  if (indexes.some((x) => !/^-?\d+$/.test(x))) throw bad(path, `Unsupported bracket [${inner}]`);
  return [{ k: "indexes", indexes: indexes.map(Number) }, next];
}

function matchingBracket(p: string, i: number, path: string): number {
  let depth = 0;
  let quote = "";
  for (let j = i; j < p.length; j++) {
    const c = p[j];
    if (quote) {
      if (c === "\\") j++;
      else if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return j;
  }
  throw bad(path, "Unclosed [");
}

function quotedList(inner: string, path: string): string[] {
  const names: string[] = [];
  const re = /\s*(['"])((?:\\.|(?!\1).)*)\1\s*(,|$)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(inner)) !== null) {
    names.push(m[2].replace(/\\(.)/g, "$1"));
    end = re.lastIndex;
    if (m[3] === "") break;
  }
  if (end !== inner.length || names.length === 0) throw bad(path, `Unsupported bracket [${inner}]`);
  return names;
}

function children(v: VtlValue): VtlValue[] {
  if (v instanceof Map) return [...v.values()];
  if (Array.isArray(v)) return v;
  return [];
}

function applyStep(step: PathStep, v: VtlValue, root: VtlValue, out: VtlValue[]): void {
  switch (step.k) {
    case "names":
      if (v instanceof Map) for (const name of step.names) if (v.has(name)) out.push(v.get(name) ?? null);
      return;
    case "wildcard":
      out.push(...children(v));
      return;
    case "indexes":
      if (Array.isArray(v)) {
        for (const i of step.indexes) {
          const at = i < 0 ? v.length + i : i;
          if (at >= 0 && at < v.length) out.push(v[at]);
        }
      }
      return;
    case "slice": {
      if (!Array.isArray(v)) return;
      const norm = (x: number | null, dflt: number) => (x === null ? dflt : x < 0 ? Math.max(0, v.length + x) : Math.min(x, v.length));
      for (let i = norm(step.start, 0); i < norm(step.end, v.length); i += step.step) out.push(v[i]);
      return;
    }
    case "filter":
      for (const item of children(v)) if (evalFilter(step.filter, item, root)) out.push(item);
      return;
    case "scan":
      applyStep(step.step, v, root, out);
      for (const child of children(v)) applyStep(step, child, root, out);
      return;
    case "fn":
      return;
  }
}

function applyFunction(name: string, v: VtlValue, path: string): VtlValue {
  if (name === "length" || name === "size") {
    if (Array.isArray(v)) return v.length;
    if (v instanceof Map) return v.size;
    if (typeof v === "string") return v.length;
    return null;
  }
  const nums = Array.isArray(v) ? v.filter((x): x is number | JDouble => typeof x === "number" || x instanceof JDouble).map((x) => (typeof x === "number" ? x : x.value)) : [];
  if (nums.length === 0) throw bad(path, `Function ${name}() needs a list of numbers`);
  const sum = nums.reduce((a, b) => a + b, 0);
  const result: Record<string, number> = { min: Math.min(...nums), max: Math.max(...nums), avg: sum / nums.length, sum };
  if (!Object.hasOwn(result, name)) throw bad(path, `Function ${name}() is not supported`);
  return new JDouble(result[name]);
}

/** A definite path that matched nothing (Jayway's PathNotFoundException). */
export const NOT_FOUND: unique symbol = Symbol("path not found");

/** Evaluates a JSONPath against a document; NOT_FOUND for a definite path that matches nothing. */
export function readPath(doc: VtlValue, path: string): VtlValue | typeof NOT_FOUND {
  const { steps, definite } = compilePath(path);
  let current: VtlValue[] = [doc];
  const last = steps[steps.length - 1];
  const walk = last?.k === "fn" ? steps.slice(0, -1) : steps;
  for (const step of walk) {
    const next: VtlValue[] = [];
    for (const v of current) applyStep(step, v, doc, next);
    current = next;
  }
  if (definite && current.length === 0) return NOT_FOUND;
  const result = definite ? current[0] : markJsonList(current);
  if (last?.k !== "fn") return result;
  return applyFunction(last.name, result, path);
}
