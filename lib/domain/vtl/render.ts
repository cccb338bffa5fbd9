/**
 * Renders a compiled mapping template the way API Gateway's Velocity 1.7 engine does, with our guards:
 * output size, a step budget and a time budget checked in loops, macro depth. Every property read and method
 * call goes through the per-type tables (values.ts and its neighbours); nothing here indexes a JS object by a
 * name the template chose.
 */
import { callBooleanMethod, callListMethod, callMapMethod, callNumberMethod } from "./collection-methods";
import { mapPut } from "./context";
import { VtlLimitError, VtlRuntimeError } from "./errors";
import { ForeachScope } from "./foreach-scope";
import type { Expr, Node, Pos, Program, Ref, Segment } from "./ir";
import { arithmetic, compareOp, concat, isArithmetic, isComparison, velocityEquals } from "./operators";
import { callStringMethod, stringProperty } from "./string-methods";
import { javaToString } from "./text";
import { DefineBlock, JDouble, NO_METHOD, isHost, isTruthy, type MethodResult, type VtlMap, type VtlValue } from "./values";

export interface RenderLimits {
  maxOutputBytes: number;
  maxForeachIterations: number;
  timeBudgetMs: number;
  now?: () => number;
  maxSteps: number;
}

// Velocity's default velocimacro.max.depth; #define blocks share the same guard here.
const MAX_NESTING = 20;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class Renderer {
  pos: Pos = { line: 1, column: 1 };
  private readonly frames: VtlMap[] = [];
  private readonly out: string[] = [];
  private outBytes = 0;
  private readonly captures: string[][] = [];
  private captureLength = 0;
  private steps = 0;
  private readonly deadline: number | null;
  private nesting = 0;
  private stopped = false;
  private breaking = false;

  constructor(
    private readonly program: Program,
    private readonly globals: VtlMap,
    private readonly limits: RenderLimits,
  ) {
    this.deadline = limits.now ? limits.now() + limits.timeBudgetMs : null;
  }

  run(): string {
    this.renderNodes(this.program.nodes);
    return this.out.join("");
  }

  // ---- budget -------------------------------------------------------------------------------------

  private tick(): void {
    this.steps++;
    if (this.steps > this.limits.maxSteps) throw new VtlLimitError(`Mapping template exceeded ${this.limits.maxSteps} loop iterations and macro calls`);
    if (this.deadline !== null && this.limits.now && (this.steps & 31) === 0 && this.limits.now() > this.deadline) {
      throw new VtlLimitError(`Mapping template exceeded its time budget of ${this.limits.timeBudgetMs} ms`);
    }
  }

  private checkString(s: string): string {
    if (s.length > this.limits.maxOutputBytes) throw new VtlLimitError(`A string grew past the ${this.limits.maxOutputBytes}-byte output limit`);
    return s;
  }

  private emit(s: string): void {
    if (s === "") return;
    const capture = this.captures[this.captures.length - 1];
    if (capture) {
      capture.push(s);
      this.captureLength += s.length;
      if (this.captureLength > this.limits.maxOutputBytes) throw new VtlLimitError(`A string grew past the ${this.limits.maxOutputBytes}-byte output limit`);
      return;
    }
    this.outBytes += utf8Length(s);
    if (this.outBytes > this.limits.maxOutputBytes) throw new VtlLimitError(`Mapping template output exceeds ${this.limits.maxOutputBytes} bytes`);
    this.out.push(s);
  }

  /** Renders into a string instead of the output (string interpolation, a #define used as a value). */
  private capture(render: () => void): string {
    const saved = this.captureLength;
    const parts: string[] = [];
    this.captures.push(parts);
    try {
      render();
    } finally {
      this.captures.pop();
      this.captureLength = saved;
    }
    return parts.join("");
  }

  // ---- statements ---------------------------------------------------------------------------------

  private renderNodes(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (this.stopped || this.breaking) return;
      if (node.k === "text") {
        this.emit(node.value);
        continue;
      }
      this.pos = node.pos;
      switch (node.k) {
        case "ref":
          this.emitValue(this.evalRef(node.ref));
          break;
        case "set":
          this.execSet(node.target, node.value);
          break;
        case "if":
          for (const branch of node.branches) {
            if (branch.cond === null || isTruthy(this.evalExpr(branch.cond))) {
              this.renderNodes(branch.body);
              break;
            }
          }
          break;
        case "foreach":
          this.execForeach(node.varName, node.from, node.body);
          break;
        case "define":
          this.assign(node.name, new DefineBlock(node.body));
          break;
        case "call":
          this.execCall(node.name, node.args, node.body, node.text);
          break;
        case "break":
          this.breaking = true;
          return;
        case "stop":
          this.stopped = true;
          return;
      }
    }
  }

  /** AWS prints nothing for a null reference (plain Velocity would print "$foo"). */
  private emitValue(v: VtlValue): void {
    if (v === null) return;
    if (v instanceof DefineBlock) this.renderBlock(v.body, "#define");
    else this.emit(javaToString(v));
  }

  private renderBlock(body: readonly Node[], what: string): void {
    this.tick();
    if (this.nesting >= MAX_NESTING) throw new VtlRuntimeError(`Max calling depth of ${MAX_NESTING} was exceeded in ${what}`);
    this.nesting++;
    try {
      this.renderNodes(body);
    } finally {
      this.nesting--;
      // #break leaves the innermost scope: a #foreach, a macro or a #define block.
      this.breaking = false;
    }
  }

  private scope(): VtlMap {
    return this.frames[this.frames.length - 1] ?? this.globals;
  }

  private lookup(name: string): VtlValue {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].has(name)) return this.frames[i].get(name) ?? null;
    return this.globals.get(name) ?? null;
  }

  /** #set: a macro argument stays local to the macro; every other name is global (velocimacro.context.localscope=false). */
  private assign(name: string, value: VtlValue): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      if (this.frames[i].has(name)) {
        this.frames[i].set(name, value);
        return;
      }
    }
    this.globals.set(name, value);
  }

  private execSet(target: Ref, expr: Expr): void {
    const value = this.evalExpr(expr);
    // Velocity 1.7: "If the RHS is a property or method reference that evaluates to null, it will not be assigned".
    if (value === null) return;
    if (target.path.length === 0) {
      this.assign(target.name, value);
      return;
    }
    let base = this.lookup(target.name);
    for (const seg of target.path.slice(0, -1)) {
      if (base === null) return;
      base = this.step(base, seg);
    }
    const last = target.path[target.path.length - 1];
    if (base === null || last.k === "call") return;
    const key = last.k === "prop" ? last.name : this.evalExpr(last.key);
    if (base instanceof Map) {
      mapPut(base, typeof key === "string" ? key : javaToString(key), value);
    } else if (Array.isArray(base) && typeof key === "number") {
      if (key < 0 || key >= base.length) throw new VtlRuntimeError(`java.lang.IndexOutOfBoundsException: Index: ${key}, Size: ${base.length}`);
      base[key] = value;
    }
  }

  private execForeach(varName: string, from: Expr, body: readonly Node[]): void {
    const items = this.iterable(from);
    if (items === null) return;
    const scope = this.scope();
    const names = [varName, "foreach", "velocityCount", "velocityHasNext"];
    const saved = names.map((n) => [n, scope.has(n), scope.get(n) ?? null] as const);
    const parent = this.lookup("foreach");
    const startLength = items.length;
    try {
      // AWS caps a #foreach at 1,000 iterations; Velocity's directive.foreach.maxloops stops the loop silently.
      for (let i = 0; i < startLength && i < this.limits.maxForeachIterations; i++) {
        this.tick();
        const hasNext = i + 1 < startLength;
        scope.set(varName, items.at(i));
        scope.set("foreach", new ForeachScope(i, hasNext, parent instanceof ForeachScope ? parent : null));
        scope.set("velocityCount", i + 1);
        scope.set("velocityHasNext", hasNext);
        this.renderNodes(body);
        if (items.length !== startLength) throw new VtlRuntimeError("java.util.ConcurrentModificationException: the list changed inside its #foreach");
        if (this.breaking) {
          this.breaking = false;
          break;
        }
        if (this.stopped) break;
      }
    } finally {
      for (const [n, had, v] of saved) {
        if (had) scope.set(n, v);
        else scope.delete(n);
      }
    }
  }

  /** What #foreach walks: a list, a map's values, or an integer range generated lazily. */
  private iterable(from: Expr): { length: number; at(i: number): VtlValue } | null {
    if (from.k === "range") {
      const a = this.evalExpr(from.from);
      const b = this.evalExpr(from.to);
      if (typeof a !== "number" || typeof b !== "number") return null;
      const step = a <= b ? 1 : -1;
      return { length: Math.abs(b - a) + 1, at: (i) => a + step * i };
    }
    const v = this.evalExpr(from);
    if (Array.isArray(v)) return { get length() { return v.length; }, at: (i) => v[i] ?? null };
    if (v instanceof Map) {
      const values = [...v.values()];
      return { length: values.length, at: (i) => values[i] ?? null };
    }
    // Velocity skips anything it cannot iterate (skipInvalidIterator defaults to true).
    return null;
  }

  private execCall(name: string, argExprs: readonly Expr[], body: readonly Node[] | null, text: string): void {
    const macro = this.program.macros.get(name);
    // An unknown #directive is printed as written, as Velocity does.
    if (!macro) {
      this.emit(text);
      return;
    }
    const frame: VtlMap = new Map();
    macro.params.forEach((param, i) => frame.set(param, i < argExprs.length ? this.evalExpr(argExprs[i]) : null));
    if (body) frame.set("bodyContent", new DefineBlock(body));
    this.frames.push(frame);
    try {
      this.renderBlock(macro.body, `macro '${name}'`);
    } finally {
      this.frames.pop();
    }
  }

  // ---- expressions --------------------------------------------------------------------------------

  evalExpr(e: Expr): VtlValue {
    switch (e.k) {
      case "ref": {
        const v = this.evalRef(e.ref);
        return v instanceof DefineBlock ? this.capture(() => this.renderBlock(v.body, "#define")) : v;
      }
      case "str":
        return e.value;
      case "interp":
        return this.capture(() => this.renderNodes(e.parts));
      case "int":
        return e.value;
      case "double":
        return new JDouble(e.value);
      case "bool":
        return e.value;
      case "null":
        return null;
      case "list":
        return e.items.map((item) => this.evalExpr(item));
      case "range":
        return this.range(e.from, e.to);
      case "map": {
        const map: VtlMap = new Map();
        for (const [key, item] of e.entries) map.set(key, this.evalExpr(item));
        return map;
      }
      case "not":
        return !isTruthy(this.evalExpr(e.operand));
      case "neg": {
        const v = this.evalExpr(e.operand);
        return typeof v === "number" ? -v || 0 : v instanceof JDouble ? new JDouble(-v.value) : null;
      }
      case "binary":
        return this.binary(e);
    }
  }

  private binary(e: Extract<Expr, { k: "binary" }>): VtlValue {
    if (e.op === "&&") return isTruthy(this.evalExpr(e.left)) && isTruthy(this.evalExpr(e.right));
    if (e.op === "||") return isTruthy(this.evalExpr(e.left)) || isTruthy(this.evalExpr(e.right));
    const l = this.evalExpr(e.left);
    const r = this.evalExpr(e.right);
    if (e.op === "==") return velocityEquals(l, r);
    if (e.op === "!=") return !velocityEquals(l, r);
    if (isComparison(e.op)) return compareOp(e.op, l, r);
    if (e.op === "+" && (typeof l === "string" || typeof r === "string")) {
      const text = (x: Expr) => (x.k === "ref" ? x.ref.text : "");
      return this.checkString(concat(l, r, text(e.left), text(e.right)));
    }
    return isArithmetic(e.op) ? arithmetic(e.op, l, r) : null;
  }

  private range(fromExpr: Expr, toExpr: Expr): VtlValue {
    const a = this.evalExpr(fromExpr);
    const b = this.evalExpr(toExpr);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const size = Math.abs(b - a) + 1;
    if (size > this.limits.maxSteps) throw new VtlLimitError(`Range [${a}..${b}] is larger than ${this.limits.maxSteps} items`);
    const step = a <= b ? 1 : -1;
    return Array.from({ length: size }, (_, i) => a + step * i);
  }

  evalRef(ref: Ref): VtlValue {
    if (ref.rootCall) return null;
    let v = this.lookup(ref.name);
    for (const seg of ref.path) {
      if (v === null) return null;
      v = this.step(v, seg);
    }
    return v;
  }

  private step(v: VtlValue, seg: Segment): VtlValue {
    if (seg.k === "prop") return this.property(v, seg.name);
    if (seg.k === "index") return this.index(v, this.evalExpr(seg.key));
    const args = seg.args.map((a) => this.evalExpr(a));
    const result = this.method(v, seg.name, args);
    if (result === NO_METHOD) return null;
    return typeof result === "string" ? this.checkString(result) : result;
  }

  private property(v: VtlValue, name: string): VtlValue {
    if (v instanceof Map) return v.get(name) ?? null;
    if (typeof v === "string") return stringProperty(v, name);
    if (Array.isArray(v)) return name === "empty" ? v.length === 0 : null;
    if (isHost(v)) return v.getProperty(name);
    return null;
  }

  /** `$list[i]` (negative counts from the end, as Velocity 1.7's ASTIndex does) and `$map['key']`. */
  private index(v: VtlValue, key: VtlValue): VtlValue {
    if (Array.isArray(v) && typeof key === "number") {
      const i = key < 0 ? v.length + key : key;
      if (i < 0 || i >= v.length) throw new VtlRuntimeError(`java.lang.IndexOutOfBoundsException: Index: ${key}, Size: ${v.length}`);
      return v[i];
    }
    if (v instanceof Map && typeof key === "string") return v.get(key) ?? null;
    return null;
  }

  private method(v: VtlValue, name: string, args: VtlValue[]): MethodResult {
    if (typeof v === "string") return callStringMethod(v, name, args);
    if (typeof v === "number" || v instanceof JDouble) return callNumberMethod(v, name, args);
    if (typeof v === "boolean") return callBooleanMethod(v, name, args);
    if (Array.isArray(v)) return callListMethod(v, name, args);
    if (v instanceof Map) return callMapMethod(v, name, args, mapPut);
    if (v instanceof DefineBlock) return name === "toString" && args.length === 0 ? this.capture(() => this.renderBlock(v.body, "#define")) : NO_METHOD;
    if (isHost(v)) return v.callMethod(name, args);
    return NO_METHOD;
  }
}
