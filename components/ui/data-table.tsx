import type { ReactNode } from "react";
import { cn } from "./cn";

/** A heading, or one with extra classes (e.g. right-aligned numbers). An empty label leaves a cell for row actions. */
export type DataTableColumn = string | { label: string; className?: string };

export interface DataTableProps {
  columns: DataTableColumn[];
  /**
   * page: a top-level list (roomy header on grey); card: a table inside a Card (snugger header);
   * inline: a small table inside a form or box (uppercase caption-like header, no side padding).
   */
  variant: "page" | "card" | "inline";
  /** Keeps the header in view while the rows scroll (needs a scrolling parent). */
  stickyHeader?: boolean;
  className?: string;
  /** Classes for every row at once (e.g. a monospaced log). */
  bodyClassName?: string;
  "data-testid"?: string;
  /** The <tr> rows. */
  children: ReactNode;
}

const HEAD = {
  page: "border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500",
  card: "border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500",
  inline: "text-[11px] tracking-wide text-zinc-500 uppercase",
};
const HEAD_CELL = { page: "px-4 py-2.5", card: "px-4 py-2", inline: "py-1" };

/** The console's one table look: header cells from `columns`, rows divided by hairlines. */
export function DataTable({ columns, variant, stickyHeader, className, bodyClassName, "data-testid": testId, children }: DataTableProps) {
  return (
    <table className={cn("w-full text-left", className)} data-testid={testId}>
      <thead className={cn(stickyHeader && "sticky top-0", HEAD[variant])}>
        <tr>
          {columns.map((column, index) => {
            const { label, className: extra } = typeof column === "string" ? { label: column, className: undefined } : column;
            return (
              <th key={label || `column-${index}`} className={cn(HEAD_CELL[variant], label && "font-medium", extra)}>
                {label || null}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className={cn("divide-y divide-zinc-100", bodyClassName)}>{children}</tbody>
    </table>
  );
}
