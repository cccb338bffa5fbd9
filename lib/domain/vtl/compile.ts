/**
 * velocityjs AST to our typed program. Everything that can be decided once is decided here: double-quoted
 * strings are parsed into their parts, #macro definitions are collected, #if chains are split into branches
 * and misplaced #else/#elseif are rejected. Rendering never parses again.
 */
import { Helper } from "velocityjs";
import type { BinaryOp, Expr, IfBranch, MacroDef, Node, Pos, Program, Ref, Segment } from "./ir";
import { VtlSyntaxError, isRawObject, parseChecked, parseTemplate, rawField, rawPos, type RawNode, type RawObject } from "./parse-checked";

const BINARY_OPS = new Set<string>(["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"]);
const NO_POS: Pos = { line: 1, column: 1 };

export function compileProgram(source: string): Program {
  const macros = new Map<string, MacroDef>();
  const nodes = new Compiler(macros).nodes(parseTemplate(source), NO_POS);
  return { nodes, macros };
}

class Compiler {
  constructor(private readonly macros: Map<string, MacroDef>) {}

  nodes(raw: RawNode[], outer: Pos): Node[] {
    const out: Node[] = [];
    for (const node of raw) {
      if (typeof node === "string") {
        if (node !== "") out.push({ k: "text", value: node });
      } else if (Array.isArray(node)) {
        this.block(node, out, outer);
      } else {
        this.statement(node, out, outer);
      }
    }
    return out;
  }

  statement(o: RawObject, out: Node[], outer: Pos): void {
    const pos = rawPos(o) ?? outer;
    switch (rawField(o, "type")) {
      case "references":
        out.push({ k: "ref", ref: this.ref(o, pos), pos });
        return;
      case "set": {
        const equal = rawField(o, "equal");
        if (!Array.isArray(equal) || !isRawObject(equal[0])) throw new VtlSyntaxError("Malformed #set", pos);
        out.push({ k: "set", target: this.ref(equal[0], pos), value: this.expr(equal[1], pos), pos });
        return;
      }
      case "break":
        out.push({ k: "break", pos });
        return;
      case "macro_call": {
        const name = String(rawField(o, "id"));
        if (name === "stop") out.push({ k: "stop", pos });
        else out.push({ k: "call", name, args: this.args(rawField(o, "args"), pos), body: null, text: refText(o), pos });
        return;
      }
      case "comment":
        return;
      case "raw":
        out.push({ k: "text", value: String(rawField(o, "value") ?? "") });
        return;
      case "else":
      case "elseif":
        throw new VtlSyntaxError(`#${String(rawField(o, "type"))} without a matching #if`, pos);
      default:
        throw new VtlSyntaxError(`Unsupported construct '${String(rawField(o, "type"))}'`, pos);
    }
  }

  block(raw: RawNode[], out: Node[], outer: Pos): void {
    const opener = raw[0];
    if (!isRawObject(opener)) throw new VtlSyntaxError("Malformed block", outer);
    const pos = rawPos(opener) ?? outer;
    const children = raw.slice(1);
    switch (rawField(opener, "type")) {
      case "if":
        out.push({ k: "if", branches: this.branches(opener, children, pos), pos });
        return;
      case "foreach":
        out.push({ k: "foreach", varName: String(rawField(opener, "to")), from: this.expr(rawField(opener, "from"), pos), body: this.nodes(children, pos), pos });
        return;
      case "macro": {
        const params = rawField(opener, "args");
        this.macros.set(String(rawField(opener, "id")), {
          params: Array.isArray(params) ? params.filter(isRawObject).map((p) => String(rawField(p, "id"))) : [],
          body: this.nodes(children, pos),
        });
        return;
      }
      case "define":
        out.push({ k: "define", name: String(rawField(opener, "id")), body: this.nodes(children, pos), pos });
        return;
      case "macro_body":
        out.push({ k: "call", name: String(rawField(opener, "id")), args: this.args(rawField(opener, "args"), pos), body: this.nodes(children, pos), text: refText({ ...opener, type: "macro_call" }), pos });
        return;
      case "noescape":
        out.push(...this.nodes(children, pos));
        return;
      default:
        // velocityjs treats #toString(), #constructor() ... as custom blocks (it looks names up on a plain object).
        throw new VtlSyntaxError(`#${String(rawField(opener, "type"))}() is not a directive Velocity knows`, pos);
    }
  }

  branches(opener: RawObject, children: RawNode[], pos: Pos): IfBranch[] {
    const branches: IfBranch[] = [{ cond: this.expr(rawField(opener, "condition"), pos), body: [] }];
    let pending: RawNode[] = [];
    let sawElse = false;
    const close = () => {
      branches[branches.length - 1].body = this.nodes(pending, pos);
      pending = [];
    };
    for (const child of children) {
      const type = isRawObject(child) ? rawField(child, "type") : undefined;
      if (isRawObject(child) && (type === "else" || type === "elseif")) {
        const at = rawPos(child) ?? pos;
        if (sawElse) throw new VtlSyntaxError(`#${String(type)} after #else`, at);
        close();
        sawElse = type === "else";
        branches.push({ cond: type === "else" ? null : this.expr(rawField(child, "condition"), at), body: [] });
      } else {
        pending.push(child);
      }
    }
    close();
    return branches;
  }

  args(raw: unknown, pos: Pos): Expr[] {
    return Array.isArray(raw) ? raw.map((a) => this.expr(a, pos)) : [];
  }

  ref(o: RawObject, pos: Pos): Ref {
    const rawPath = rawField(o, "path");
    const path: Segment[] = Array.isArray(rawPath) ? rawPath.filter(isRawObject).map((seg) => this.segment(seg, pos)) : [];
    return { name: String(rawField(o, "id")), path, text: refText(o), rootCall: rawField(o, "args") !== undefined };
  }

  segment(seg: RawObject, pos: Pos): Segment {
    const type = rawField(seg, "type");
    if (type === "property") return { k: "prop", name: String(rawField(seg, "id")) };
    if (type === "method") return { k: "call", name: String(rawField(seg, "id")), args: this.args(rawField(seg, "args"), pos) };
    if (type === "index") return { k: "index", key: this.expr(rawField(seg, "id"), pos) };
    throw new VtlSyntaxError(`Unsupported reference part '${String(type)}'`, pos);
  }

  expr(raw: unknown, pos: Pos): Expr {
    if (!isRawObject(raw)) throw new VtlSyntaxError("Malformed expression", pos);
    const value = rawField(raw, "value");
    switch (rawField(raw, "type")) {
      case "references":
        return { k: "ref", ref: this.ref(raw, pos) };
      case "string": {
        const text = String(value ?? "");
        if (rawField(raw, "isEval") === true && /[$#]/.test(text)) return { k: "interp", parts: this.interpolation(text, pos) };
        return { k: "str", value: text };
      }
      case "integer":
        return { k: "int", value: Number.parseInt(String(value), 10) };
      case "decimal":
        return { k: "double", value: Number(value) };
      case "bool":
        return value === "null" ? { k: "null" } : { k: "bool", value: value === "true" };
      case "array":
        return this.array(raw, pos);
      case "map": {
        const entries: [string, Expr][] = isRawObject(value) ? Object.keys(value).map((key) => [key, this.expr(rawField(value, key), pos)]) : [];
        return { k: "map", entries };
      }
      case "math":
        return this.math(raw, pos);
      default:
        throw new VtlSyntaxError(`Unsupported expression '${String(rawField(raw, "type"))}'`, pos);
    }
  }

  array(raw: RawObject, pos: Pos): Expr {
    const items = rawField(raw, "value");
    if (!Array.isArray(items)) return { k: "list", items: [] };
    if (rawField(raw, "isRange") !== true) return { k: "list", items: items.map((item) => this.expr(item, pos)) };
    const bound = (b: unknown): Expr => (typeof b === "string" || typeof b === "number" ? { k: "int", value: Number.parseInt(String(b), 10) } : this.expr(b, pos));
    return { k: "range", from: bound(items[0]), to: bound(items[1]) };
  }

  math(raw: RawObject, pos: Pos): Expr {
    const operands = rawField(raw, "expression");
    const op = String(rawField(raw, "operator"));
    if (!Array.isArray(operands) || operands.length === 0) throw new VtlSyntaxError("Malformed expression", pos);
    if (op === "parenthesis") return this.expr(operands[0], pos);
    if (op === "not") return { k: "not", operand: this.expr(operands[0], pos) };
    if (op === "minus") return { k: "neg", operand: this.expr(operands[0], pos) };
    if (!BINARY_OPS.has(op) || operands.length < 2) throw new VtlSyntaxError(`Unsupported operator '${op}'`, pos);
    return { k: "binary", op: op as BinaryOp, left: this.expr(operands[0], pos), right: this.expr(operands[1], pos) };
  }

  interpolation(text: string, pos: Pos): Node[] {
    try {
      return this.nodes(parseChecked(text), pos).map((n) => ("pos" in n ? { ...n, pos } : n));
    } catch (e) {
      if (e instanceof VtlSyntaxError) throw new VtlSyntaxError(`In string "${text}": ${e.message}`, pos);
      throw e;
    }
  }
}

function refText(o: RawObject): string {
  return Helper.getRefText(o as unknown as Parameters<typeof Helper.getRefText>[0]);
}
