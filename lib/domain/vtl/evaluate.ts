/**
 * Expressions and references: the values a template reads, how Velocity 1.7 combines them, and the only way
 * a template touches a value (property, index, method), through the per-type tables. Nothing here indexes a
 * JS object by a name the template chose.
 */
import { callBooleanMethod, callListMethod, callMapMethod, callNumberMethod } from "./collection-methods";
import { mapPut } from "./context";
import { VtlLimitError, VtlRuntimeError } from "./errors";
import type { Expr, Node, Pos, Ref, Segment } from "./ir";
import { arithmetic, compareOp, concat, isArithmetic, isComparison, velocityEquals } from "./operators";
import type { Output } from "./output";
import { callStringMethod, stringProperty } from "./string-methods";
import { javaToString } from "./text";
import { DefineBlock, JDouble, NO_METHOD, isHost, isTruthy, type MethodResult, type VtlMap, type VtlValue } from "./values";

// Velocity's default velocimacro.max.depth; #define blocks share the same guard here.
const MAX_NESTING = 20;

export abstract class Evaluator {
  pos: Pos = { line: 1, column: 1 };
  protected readonly frames: VtlMap[] = [];
  protected nesting = 0;
  protected stopped = false;
  protected breaking = false;

  constructor(
    protected readonly globals: VtlMap,
    protected readonly output: Output,
  ) {}

  protected abstract renderNodes(nodes: readonly Node[]): void;

  /** AWS prints nothing for a null reference (plain Velocity would print "$foo"). */
  protected emitValue(v: VtlValue): void {
    if (v === null) return;
    if (v instanceof DefineBlock) this.renderBlock(v.body, "#define");
    else this.output.emit(javaToString(v));
  }

  protected renderBlock(body: readonly Node[], what: string): void {
    this.output.tick();
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

  protected scope(): VtlMap {
    return this.frames[this.frames.length - 1] ?? this.globals;
  }

  protected lookup(name: string): VtlValue {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].has(name)) return this.frames[i].get(name) ?? null;
    return this.globals.get(name) ?? null;
  }

  /** #set: a macro argument stays local to the macro; every other name is global (velocimacro.context.localscope=false). */
  protected assign(name: string, value: VtlValue): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      if (this.frames[i].has(name)) {
        this.frames[i].set(name, value);
        return;
      }
    }
    this.globals.set(name, value);
  }

  // ---- expressions --------------------------------------------------------------------------------

  evalExpr(e: Expr): VtlValue {
    switch (e.k) {
      case "ref": {
        const v = this.evalRef(e.ref);
        return v instanceof DefineBlock ? this.output.capture(() => this.renderBlock(v.body, "#define")) : v;
      }
      case "str":
        return e.value;
      case "interp":
        return this.output.capture(() => this.renderNodes(e.parts));
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
      return this.output.checkString(concat(l, r, text(e.left), text(e.right)));
    }
    return isArithmetic(e.op) ? arithmetic(e.op, l, r) : null;
  }

  private range(fromExpr: Expr, toExpr: Expr): VtlValue {
    const a = this.evalExpr(fromExpr);
    const b = this.evalExpr(toExpr);
    if (typeof a !== "number" || typeof b !== "number") return null;
    const size = Math.abs(b - a) + 1;
    if (size > this.output.limits.maxSteps) throw new VtlLimitError(`Range [${a}..${b}] is larger than ${this.output.limits.maxSteps} items`);
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

  protected step(v: VtlValue, seg: Segment): VtlValue {
    if (seg.k === "prop") return this.property(v, seg.name);
    if (seg.k === "index") return this.index(v, this.evalExpr(seg.key));
    const args = seg.args.map((a) => this.evalExpr(a));
    const result = this.method(v, seg.name, args);
    if (result === NO_METHOD) return null;
    return typeof result === "string" ? this.output.checkString(result) : result;
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
    if (v instanceof DefineBlock) return name === "toString" && args.length === 0 ? this.output.capture(() => this.renderBlock(v.body, "#define")) : NO_METHOD;
    if (isHost(v)) return v.callMethod(name, args);
    return NO_METHOD;
  }
}
