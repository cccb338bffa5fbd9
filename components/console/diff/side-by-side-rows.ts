/**
 * Turns two texts into the rows of a side-by-side diff: unchanged lines face each other, a run of removed lines
 * faces the run of added lines that replaced it (words that differ marked), and long unchanged stretches fold
 * into one "n unchanged lines" row. The line and word diffs come from the `diff` package.
 */
import { diffLines, diffWordsWithSpace } from "diff";

export interface Segment {
  text: string;
  /** Part of the line that the other side does not have. */
  changed: boolean;
}

export interface DiffCell {
  /** 1-based line number on its side. */
  line: number;
  kind: "same" | "removed" | "added";
  segments: Segment[];
}

export type DiffRow =
  | { type: "line"; left: DiffCell | null; right: DiffCell | null }
  | { type: "fold"; count: number };

/** Unchanged lines kept around each change; longer unchanged stretches fold. */
export const CONTEXT_LINES = 3;

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function wordSegments(before: string, after: string): { left: Segment[]; right: Segment[] } {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added) left.push({ text: part.value, changed: part.removed });
    if (!part.removed) right.push({ text: part.value, changed: part.added });
  }
  return { left, right };
}

function pairRun(removed: string[], added: string[], numbers: { left: number; right: number }): DiffRow[] {
  const rows: DiffRow[] = [];
  for (let i = 0; i < Math.max(removed.length, added.length); i += 1) {
    const before = removed[i];
    const after = added[i];
    const words = before !== undefined && after !== undefined ? wordSegments(before, after) : null;
    rows.push({
      type: "line",
      left: before === undefined ? null : { line: ++numbers.left, kind: "removed", segments: words?.left ?? [{ text: before, changed: true }] },
      right: after === undefined ? null : { line: ++numbers.right, kind: "added", segments: words?.right ?? [{ text: after, changed: true }] },
    });
  }
  return rows;
}

function fold(rows: DiffRow[]): DiffRow[] {
  const out: DiffRow[] = [];
  let i = 0;
  const isSame = (row: DiffRow | undefined) => row?.type === "line" && row.left?.kind === "same";
  while (i < rows.length) {
    if (!isSame(rows[i])) {
      out.push(rows[i]);
      i += 1;
      continue;
    }
    let end = i;
    while (end < rows.length && isSame(rows[end])) end += 1;
    const keepBefore = i === 0 ? 0 : CONTEXT_LINES;
    const keepAfter = end === rows.length ? 0 : CONTEXT_LINES;
    const hidden = end - i - keepBefore - keepAfter;
    if (hidden > 1) {
      out.push(...rows.slice(i, i + keepBefore), { type: "fold", count: hidden }, ...rows.slice(end - keepAfter, end));
    } else {
      out.push(...rows.slice(i, end));
    }
    i = end;
  }
  return out;
}

/** `null` on one side means the text exists only on the other (everything added or removed). */
export function sideBySideRows(before: string | null, after: string | null): DiffRow[] {
  const rows: DiffRow[] = [];
  const numbers = { left: 0, right: 0 };
  let removed: string[] = [];
  for (const change of diffLines(before ?? "", after ?? "")) {
    const lines = splitLines(change.value);
    if (change.removed) {
      removed.push(...lines);
    } else if (change.added) {
      rows.push(...pairRun(removed, lines, numbers));
      removed = [];
    } else {
      rows.push(...pairRun(removed, [], numbers));
      removed = [];
      for (const text of lines) {
        rows.push({
          type: "line",
          left: { line: ++numbers.left, kind: "same", segments: [{ text, changed: false }] },
          right: { line: ++numbers.right, kind: "same", segments: [{ text, changed: false }] },
        });
      }
    }
  }
  rows.push(...pairRun(removed, [], numbers));
  return fold(rows);
}
