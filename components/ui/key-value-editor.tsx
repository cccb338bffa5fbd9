"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Input } from "./field";
import { newRow, rows as toRows, updateRow, type Row } from "./rows";
import { InlineError } from "./states";

export type KeyValueRow = Row<{ name: string; value: string }>;

/** Rows for a name-to-value map, in the map's order. */
export const keyValueRows = (variables: Record<string, string>): KeyValueRow[] => toRows(Object.entries(variables).map(([name, value]) => ({ name, value })));

/** The map the rows stand for; a later row wins a duplicate name (callers reject duplicates first). */
export const keyValueRecord = (list: KeyValueRow[]): Record<string, string> => Object.fromEntries(list.map((row) => [row.value.name, row.value.value]));

/** The problem shared by every variable map: a name may appear once. */
export function duplicateNameProblem(row: KeyValueRow, list: KeyValueRow[]): string | null {
  return list.filter((other) => other.value.name === row.value.name).length > 1 ? "Each variable name may appear once." : null;
}

export interface KeyValueEditorProps {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  namePlaceholder: string;
  emptyText: string;
  /** One problem per row, or null while problems are not shown yet. */
  problems: (string | null)[] | null;
  onSave: () => void;
  pending: boolean;
  saved: boolean;
  saveDisabled?: boolean;
  error: string | null;
  /** Shown between the rows and the buttons (e.g. a size meter). */
  children?: ReactNode;
}

/** Variables edited as name/value rows and saved as a whole: stage variables, function environments. */
export function KeyValueEditor({ rows, onChange, namePlaceholder, emptyText, problems, onSave, pending, saved, saveDisabled, error, children }: KeyValueEditorProps) {
  const setRow = (id: string, patch: Partial<KeyValueRow["value"]>) => onChange(updateRow(rows, id, patch));
  return (
    <div className="flex flex-col gap-2">
      {rows.length === 0 && <p className="text-zinc-500">{emptyText}</p>}
      {rows.map((row, index) => (
        <div key={row.id} className="flex flex-col gap-1">
          <div className="flex items-center gap-2">
            <Input aria-label="Variable name" placeholder={namePlaceholder} value={row.value.name} onChange={(e) => setRow(row.id, { name: e.target.value })} className="font-mono" />
            <Input aria-label="Variable value" placeholder="value" value={row.value.value} onChange={(e) => setRow(row.id, { value: e.target.value })} className="font-mono" />
            <Button variant="ghost" size="sm" onClick={() => onChange(rows.filter((r) => r.id !== row.id))} aria-label={`Remove variable ${row.value.name}`}>
              Remove
            </Button>
          </div>
          {problems && <InlineError message={problems[index] ?? null} />}
        </div>
      ))}
      {children}
      <div className="mt-2 flex items-center gap-2">
        <Button variant="secondary" size="sm" onClick={() => onChange([...rows, newRow({ name: "", value: "" })])}>
          Add variable
        </Button>
        <Button size="sm" onClick={onSave} pending={pending} disabled={saveDisabled}>
          Save variables
        </Button>
        {saved && <span role="status" className="text-xs text-emerald-700">Saved.</span>}
      </div>
      <InlineError message={error} />
    </div>
  );
}
