/**
 * Renders a compiled mapping template the way API Gateway's Velocity 1.7 engine does: the statements
 * (#set, #if, #foreach, macros, #define, #break, #stop) on top of evaluate.ts, with our guards from output.ts.
 */
import { mapPut } from "./context";
import { VtlRuntimeError } from "./errors";
import { Evaluator } from "./evaluate";
import { ForeachScope } from "./foreach-scope";
import type { Expr, Node, Program, Ref } from "./ir";
import { Output, type RenderLimits } from "./output";
import { javaToString } from "./text";
import { DefineBlock, isTruthy, type VtlMap, type VtlValue } from "./values";

export type { RenderLimits } from "./output";

export class Renderer extends Evaluator {
  constructor(
    private readonly program: Program,
    globals: VtlMap,
    limits: RenderLimits,
  ) {
    super(globals, new Output(limits));
  }

  run(): string {
    this.renderNodes(this.program.nodes);
    return this.output.text();
  }

  protected renderNodes(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (this.stopped || this.breaking) return;
      if (node.k === "text") {
        this.output.emit(node.value);
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
      for (let i = 0; i < startLength && i < this.output.limits.maxForeachIterations; i++) {
        this.output.tick();
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
      this.output.emit(text);
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
}
