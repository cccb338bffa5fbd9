/**
 * velocityjs's parser with the checks Velocity's own parser makes. velocityjs silently drops everything after
 * an unmatched #end and repeats the tail of a block that is never closed; Apache Velocity (and so AWS)
 * rejects both, so we parse a second time with a sentinel reference appended and see where it lands.
 */
import { parse } from "velocityjs";
import type { Pos } from "./ir";
import { scanSource } from "./split-source";

export type RawNode = string | RawObject | RawNode[];
export type RawObject = { readonly [key: string]: unknown };

export class VtlSyntaxError extends Error {
  constructor(message: string, readonly pos?: Pos) {
    super(message);
    this.name = "VtlSyntaxError";
  }
}

/** A template whose parse would cost too much (size, nesting, statements on one uncut piece). */
export class VtlTooComplexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VtlTooComplexError";
  }
}

const SENTINEL = "__porticoVtlEndOfTemplate__";
const BLOCK_NAMES: Readonly<Record<string, string>> = {
  if: "#if",
  foreach: "#foreach",
  macro: "#macro",
  define: "#define",
  macro_body: "#@",
  noescape: "#noescape",
};

export function isRawObject(x: unknown): x is RawObject {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function rawField(o: RawObject, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export function rawPos(o: RawObject): Pos | undefined {
  const pos = rawField(o, "pos");
  if (!isRawObject(pos)) return undefined;
  const line = rawField(pos, "first_line");
  const column = rawField(pos, "first_column");
  return typeof line === "number" && typeof column === "number" ? { line, column: column + 1 } : undefined;
}

function runParser(source: string): RawNode[] {
  try {
    return parse(source) as unknown as RawNode[];
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const hash = rawField(e as unknown as RawObject, "hash");
    const loc = isRawObject(hash) ? rawField(hash, "loc") : undefined;
    const pos = isRawObject(loc) ? rawPos({ pos: loc }) : undefined;
    throw new VtlSyntaxError(e.message, pos);
  }
}

/** Parses `source` (a template, or a double-quoted string inside one) and rejects unbalanced #end. */
export function parseChecked(source: string): RawNode[] {
  const nodes = runParser(source);
  const probe = runParser(`${source}\n$${SENTINEL}`);
  const hits: RawObject[][] = [];
  findSentinel(probe, [], hits);
  if (hits.length === 0) throw new VtlSyntaxError("Encountered #end without a matching #if, #foreach, #macro or #define", unmatchedEndPos(source, nodes));
  const nested = hits.find((openers) => openers.length > 0);
  if (nested) {
    const opener = nested[nested.length - 1];
    const type = String(rawField(opener, "type"));
    // velocityjs looks custom block names up on a plain object, so #toString() opens a "block" too.
    const name = Object.hasOwn(BLOCK_NAMES, type) ? BLOCK_NAMES[type] : `#${type}()`;
    throw new VtlSyntaxError(`${name} is never closed: Encountered end of template, expected #end`, rawPos(opener));
  }
  fixWhitespace(nodes);
  return nodes;
}

// Below this size velocityjs's quadratic statement list costs a few milliseconds at most.
const PIECE_CHARS = 4096;
/**
 * Compile-time guards, ours (AWS documents none we could find): parsing runs inside the gateway when a
 * deployment loads and in the console on every keystroke, so a template must not be able to stall them.
 * 4,000 references and directives in one uncut piece parse in well under a second.
 */
export const MAX_TEMPLATE_CHARS = 1024 * 1024;
const MAX_PIECE_MARKS = 4000;
const MAX_NESTING = 100;

/**
 * A whole template: long ones are parsed in pieces cut outside any construct (see split-source.ts), each
 * checked on its own; if any piece fails, the whole text is parsed so errors and their positions are exact.
 */
export function parseTemplate(source: string): RawNode[] {
  if (source.length > MAX_TEMPLATE_CHARS) throw new VtlTooComplexError(`Template is longer than ${MAX_TEMPLATE_CHARS} characters`);
  const shape = scanSource(source, PIECE_CHARS);
  if (shape.maxBlocks > MAX_NESTING || shape.maxParens > MAX_NESTING) {
    throw new VtlTooComplexError(`Template nests blocks or parentheses deeper than ${MAX_NESTING} levels`);
  }
  const ends = [...shape.cuts, source.length];
  const pieces = ends.map((end, i) => source.slice(i === 0 ? 0 : ends[i - 1], end));
  for (const piece of pieces) {
    const marks = piece.match(/[$#]/g)?.length ?? 0;
    if (marks > MAX_PIECE_MARKS) {
      throw new VtlTooComplexError(`Template has more than ${MAX_PIECE_MARKS} references and directives in one block or line; split it into smaller blocks`);
    }
  }
  if (pieces.length === 1) return parseChecked(source);
  try {
    const out: RawNode[] = [];
    let lineOffset = 0;
    for (const piece of pieces) {
      const nodes = parseChecked(piece);
      shiftLines(nodes, lineOffset, new Set());
      out.push(...nodes);
      lineOffset += piece.split("\n").length - 1;
    }
    return out;
  } catch {
    return parseChecked(source);
  }
}

function shiftLines(value: unknown, offset: number, seen: Set<object>): void {
  if (offset === 0 || typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) shiftLines(item, offset, seen);
    return;
  }
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const child = o[key];
    if (key === "pos" && isRawObject(child) && !seen.has(child)) {
      seen.add(child);
      const pos = child as Record<string, unknown>;
      if (typeof pos.first_line === "number") pos.first_line += offset;
      if (typeof pos.last_line === "number") pos.last_line += offset;
    } else {
      shiftLines(child, offset, seen);
    }
  }
}

function findSentinel(nodes: RawNode[], openers: RawObject[], hits: RawObject[][]): void {
  nodes.forEach((node, i) => {
    if (Array.isArray(node)) {
      const opener = node[0];
      findSentinel(node.slice(1), isRawObject(opener) ? [...openers, opener] : openers, hits);
    } else if (isRawObject(node) && rawField(node, "type") === "references" && rawField(node, "id") === SENTINEL) {
      // Only the last top-level node may be the sentinel; any other place means a block swallowed it.
      hits.push(openers.length === 0 && i !== nodes.length - 1 ? [node] : openers);
    }
  });
}

function countBlocks(nodes: RawNode[]): number {
  return nodes.reduce<number>((n, node) => n + (Array.isArray(node) ? 1 + countBlocks(node.slice(1)) : 0), 0);
}

function unmatchedEndPos(source: string, parsed: RawNode[]): Pos | undefined {
  // Each block consumed one #end; the next #end in the text is the stray one (comments are not skipped).
  const ends = [...source.matchAll(/#\{?end\}?/g)];
  const stray = ends[countBlocks(parsed)];
  if (stray?.index === undefined) return undefined;
  const before = source.slice(0, stray.index);
  const line = before.split("\n").length;
  return { line, column: stray.index - before.lastIndexOf("\n") };
}

/**
 * Two Velocity 1.7 whitespace rules velocityjs lacks: a directive also eats a following "\r\n" (velocityjs
 * only eats "\n"), and `#set` eats the spaces and tabs before it (its token is (" "|"\t")* "#set").
 */
function fixWhitespace(nodes: RawNode[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (Array.isArray(node)) {
      fixWhitespace(node);
      trimAfter(nodes, i);
      continue;
    }
    if (!isRawObject(node)) continue;
    const type = rawField(node, "type");
    if (type !== "references" && type !== "raw") trimAfter(nodes, i);
    if (type === "set" && typeof nodes[i - 1] === "string") nodes[i - 1] = (nodes[i - 1] as string).replace(/[ \t]*$/, "");
  }
}

function trimAfter(nodes: RawNode[], i: number): void {
  const next = nodes[i + 1];
  if (typeof next === "string") nodes[i + 1] = next.replace(/^[ \t]*\r\n/, "");
}
