"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { useUpdateStage } from "@/lib/query/use-stages";
import { stageVariableNameSchema, stageVariableValueSchema } from "@/lib/schemas/stage.schema";

type Row = { key: number; name: string; value: string };

const toRows = (variables: Record<string, string>): Row[] =>
  Object.entries(variables).map(([name, value], key) => ({ key, name, value }));
const nextKey = (rows: Row[]) => rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

function rowError(row: Row, rows: Row[]): string | null {
  const name = stageVariableNameSchema.safeParse(row.name);
  if (!name.success) return name.error.issues[0]?.message ?? "Check the name.";
  const value = stageVariableValueSchema.safeParse(row.value);
  if (!value.success) return value.error.issues[0]?.message ?? "Check the value.";
  if (rows.filter((other) => other.name === row.name).length > 1) return "Each variable name may appear once.";
  return null;
}

export function StageVariablesEditor({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const [rows, setRows] = useState<Row[]>(() => toRows(stage.variables));
  const [showErrors, setShowErrors] = useState(false);
  const errors = rows.map((row) => rowError(row, rows));

  function save() {
    setShowErrors(true);
    if (errors.some(Boolean)) return;
    const setVariables = Object.fromEntries(rows.map((row) => [row.name, row.value]));
    const removeVariables = Object.keys(stage.variables).filter((name) => !(name in setVariables));
    update.mutate({ setVariables, removeVariables }, { onSuccess: (saved) => { setRows(toRows(saved.variables)); setShowErrors(false); } });
  }

  const setRow = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <Card title="Stage variables" description="Use them in integrations as ${stageVariables.name}.">
      <div className="flex flex-col gap-2">
        {rows.length === 0 && <p className="text-zinc-500">No variables on this stage.</p>}
        {rows.map((row, index) => (
          <div key={row.key} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input aria-label="Variable name" placeholder="name" value={row.name} onChange={(e) => setRow(row.key, { name: e.target.value })} className="font-mono" />
              <Input aria-label="Variable value" placeholder="value" value={row.value} onChange={(e) => setRow(row.key, { value: e.target.value })} className="font-mono" />
              <Button variant="ghost" size="sm" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} aria-label={`Remove variable ${row.name}`}>
                Remove
              </Button>
            </div>
            {showErrors && <InlineError message={errors[index]} />}
          </div>
        ))}
        <div className="mt-2 flex items-center gap-2">
          <Button variant="secondary" size="sm" onClick={() => setRows((current) => [...current, { key: nextKey(current), name: "", value: "" }])}>
            Add variable
          </Button>
          <Button size="sm" onClick={save} pending={update.isPending}>
            Save variables
          </Button>
          {update.isSuccess && <span role="status" className="text-xs text-emerald-700">Saved.</span>}
        </div>
        <InlineError message={update.isError ? errorMessage(update.error) : null} />
      </div>
    </Card>
  );
}
