"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { newRow, type Row } from "./rows";

export interface RowsEditorProps<T> {
  rows: Row<T>[];
  onChange: (rows: Row<T>[]) => void;
  /** Column headings, matching the cells `renderRow` returns. */
  columns: string[];
  /** Tailwind grid template for the cells plus the remove button, e.g. "grid-cols-[1fr_2fr_auto]". */
  gridClassName: string;
  renderRow: (row: Row<T>) => ReactNode;
  newValue: () => T;
  addLabel: string;
  emptyText: string;
  /** Problems keyed by row id, shown under the row. */
  problems?: Record<string, string>;
  canRemove?: (row: Row<T>) => boolean;
  rowLabel: (row: Row<T>) => string;
}

/** An editable table: one grid row per entry, a remove button each, an add button below. */
export function RowsEditor<T>(props: RowsEditorProps<T>) {
  const { rows, onChange, columns, gridClassName, renderRow, newValue, addLabel, emptyText, problems = {}, canRemove, rowLabel } = props;
  return (
    <div className="flex flex-col gap-1.5">
      {rows.length === 0 ? (
        <p className="text-xs text-zinc-500">{emptyText}</p>
      ) : (
        <>
          <div className={cn("grid gap-2 px-0.5 text-[11px] font-medium tracking-wide text-zinc-500 uppercase", gridClassName)}>
            {columns.map((column) => (
              <span key={column}>{column}</span>
            ))}
            <span className="sr-only">Remove</span>
          </div>
          {rows.map((row) => (
            <div key={row.id} className="flex flex-col gap-0.5">
              <div className={cn("grid items-center gap-2", gridClassName)}>
                {renderRow(row)}
                {canRemove && !canRemove(row) ? (
                  <span className="w-7" />
                ) : (
                  <Button variant="ghost" size="sm" className="w-7 px-0" aria-label={`Remove ${rowLabel(row)}`} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                    ✕
                  </Button>
                )}
              </div>
              {problems[row.id] && (
                <p role="alert" className="text-xs text-red-700">
                  {problems[row.id]}
                </p>
              )}
            </div>
          ))}
        </>
      )}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange([...rows, newRow(newValue())])}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}
