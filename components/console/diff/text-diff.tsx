"use client";

import { useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { sideBySideRows, type DiffCell } from "./side-by-side-rows";

export interface TextDiffProps {
  /** What the text is, e.g. "Integration response 200 › Templates › application/json". */
  label: string;
  before: string | null;
  after: string | null;
}

const CELL_BG = { same: "", removed: "bg-red-50", added: "bg-emerald-50" } as const;
const MARK_BG = { same: "", removed: "bg-red-200/70", added: "bg-emerald-200/70" } as const;

function Cell({ cell, side }: { cell: DiffCell | null; side: "before" | "after" }) {
  if (!cell) return <><td className="w-10 border-r border-zinc-100 bg-zinc-50" /><td className="bg-zinc-50" /></>;
  const sign = cell.kind === "removed" ? "-" : cell.kind === "added" ? "+" : " ";
  return (
    <>
      <td className="w-10 border-r border-zinc-100 px-2 text-right align-top text-zinc-400 select-none">{cell.line}</td>
      <td className={cn("px-2 align-top break-all whitespace-pre-wrap", CELL_BG[cell.kind])} data-side={side} data-kind={cell.kind}>
        <span className="mr-1 text-zinc-400 select-none" aria-hidden>{sign}</span>
        {cell.segments.map((segment, index) =>
          segment.changed && cell.segments.length > 1 ? (
            <mark key={index} className={cn("rounded-sm text-inherit", MARK_BG[cell.kind])}>{segment.text}</mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </td>
    </>
  );
}

/** A template or schema before and after, line by line side by side: removed lines red, added lines green. */
export function TextDiff({ label, before, after }: TextDiffProps) {
  const rows = useMemo(() => sideBySideRows(before, after), [before, after]);
  return (
    <div className="overflow-hidden rounded-md border border-zinc-200">
      <div className="border-b border-zinc-200 bg-zinc-50 px-3 py-1.5 text-xs font-medium text-zinc-700">{label}</div>
      <table className="w-full table-fixed font-mono text-xs" aria-label={`Line diff of ${label}`}>
        <colgroup>
          <col className="w-10" />
          <col />
          <col className="w-10" />
          <col />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th>Line before</th>
            <th>Before</th>
            <th>Line after</th>
            <th>After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) =>
            row.type === "fold" ? (
              <tr key={index} className="bg-zinc-50 text-zinc-500">
                <td colSpan={4} className="px-3 py-0.5 text-center">{row.count} unchanged lines</td>
              </tr>
            ) : (
              <tr key={index}>
                <Cell cell={row.left} side="before" />
                <Cell cell={row.right} side="after" />
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
