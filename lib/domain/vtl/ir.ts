/** The compiled form of a mapping template: velocityjs's AST checked and retyped once, rendered many times. */

export interface Pos {
  line: number;
  column: number;
}

export type Segment =
  | { k: "prop"; name: string }
  | { k: "index"; key: Expr }
  | { k: "call"; name: string; args: Expr[] };

export interface Ref {
  name: string;
  path: Segment[];
  /** The reference as written ("$a.b('x')"): Velocity concatenates it when a null meets a string in `+`. */
  text: string;
  /** `$name()` at the root: Velocity has no such thing, it yields null. */
  rootCall: boolean;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||";

export type Expr =
  | { k: "ref"; ref: Ref }
  | { k: "str"; value: string }
  | { k: "interp"; parts: Node[] }
  | { k: "int"; value: number }
  | { k: "double"; value: number }
  | { k: "bool"; value: boolean }
  | { k: "null" }
  | { k: "list"; items: Expr[] }
  | { k: "range"; from: Expr; to: Expr }
  | { k: "map"; entries: [string, Expr][] }
  | { k: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { k: "not"; operand: Expr }
  | { k: "neg"; operand: Expr };

export interface IfBranch {
  /** null for #else. */
  cond: Expr | null;
  body: Node[];
}

export type Node =
  | { k: "text"; value: string }
  | { k: "ref"; ref: Ref; pos: Pos }
  | { k: "set"; target: Ref; value: Expr; pos: Pos }
  | { k: "if"; branches: IfBranch[]; pos: Pos }
  | { k: "foreach"; varName: string; from: Expr; body: Node[]; pos: Pos }
  | { k: "define"; name: string; body: Node[]; pos: Pos }
  | { k: "call"; name: string; args: Expr[]; body: Node[] | null; text: string; pos: Pos }
  | { k: "break"; pos: Pos }
  | { k: "stop"; pos: Pos };

export interface MacroDef {
  params: string[];
  body: Node[];
}

export interface Program {
  nodes: Node[];
  /** Velocity registers #macro definitions while parsing, so a macro may be called above its definition. */
  macros: Map<string, MacroDef>;
}
