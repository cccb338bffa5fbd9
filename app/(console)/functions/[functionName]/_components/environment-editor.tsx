"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { ENVIRONMENT_MAX_BYTES } from "@/lib/domain/functions/rules";
import { errorMessage } from "@/lib/query/fetch-json";
import type { FunctionJson, useUpdateFunctionConfiguration } from "@/lib/query/functions";
import { environmentKeyProblem, environmentSize, updateFunctionConfigurationSchema } from "@/lib/schemas/function.schema";

type Row = { key: number; name: string; value: string };

const toRows = (variables: Record<string, string>): Row[] => Object.entries(variables).map(([name, value], key) => ({ key, name, value }));
const nextKey = (rows: Row[]) => rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;

function rowError(row: Row, rows: Row[]): string | null {
  const problem = environmentKeyProblem(row.name);
  if (problem) return problem;
  if (rows.filter((other) => other.name === row.name).length > 1) return "Each variable name may appear once.";
  return null;
}

/** Environment.Variables: replaced as a whole on save, as UpdateFunctionConfiguration does; 4 KB in all. */
export interface EnvironmentEditorProps {
  fn: FunctionJson;
  update: ReturnType<typeof useUpdateFunctionConfiguration>;
}

export function EnvironmentEditor({ fn, update }: EnvironmentEditorProps) {
  const [rows, setRows] = useState<Row[]>(() => toRows(fn.environment));
  const [showErrors, setShowErrors] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const errors = rows.map((row) => rowError(row, rows));
  const variables = Object.fromEntries(rows.map((row) => [row.name, row.value]));
  const size = environmentSize(variables);
  const over = size > ENVIRONMENT_MAX_BYTES;

  function save() {
    setShowErrors(true);
    if (errors.some(Boolean)) return;
    const parsed = updateFunctionConfigurationSchema.safeParse({ environment: variables, revisionId: fn.revisionId });
    if (!parsed.success) {
      setFormError(parsed.error.issues[0]?.message ?? "Check the variables.");
      return;
    }
    setFormError(null);
    update.mutate(parsed.data, { onSuccess: () => setShowErrors(false) });
  }

  const setRow = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <Card title="Environment variables" description="Read by the handler as process.env.NAME. Lambda allows 4 KB in all.">
      <div className="flex flex-col gap-2">
        {rows.length === 0 && <p className="text-zinc-500">No environment variables.</p>}
        {rows.map((row, index) => (
          <div key={row.key} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input aria-label="Variable name" placeholder="NAME" value={row.name} onChange={(e) => setRow(row.key, { name: e.target.value })} className="font-mono" />
              <Input aria-label="Variable value" placeholder="value" value={row.value} onChange={(e) => setRow(row.key, { value: e.target.value })} className="font-mono" />
              <Button variant="ghost" size="sm" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} aria-label={`Remove variable ${row.name}`}>
                Remove
              </Button>
            </div>
            {showErrors && <InlineError message={errors[index]} />}
          </div>
        ))}
        <p className={cn("text-xs", over ? "text-red-700" : "text-zinc-500")} data-testid="environment-size">
          {size.toLocaleString()} of {ENVIRONMENT_MAX_BYTES.toLocaleString()} bytes used (measured as compact JSON, like Lambda).
        </p>
        <div className="mt-2 flex items-center gap-2">
          <Button variant="secondary" size="sm" onClick={() => setRows((current) => [...current, { key: nextKey(current), name: "", value: "" }])}>
            Add variable
          </Button>
          <Button size="sm" onClick={save} pending={update.isPending} disabled={over}>
            Save variables
          </Button>
          {update.isSuccess && <span role="status" className="text-xs text-emerald-700">Saved.</span>}
        </div>
        <InlineError message={formError ?? (update.isError ? errorMessage(update.error) : null)} />
      </div>
    </Card>
  );
}
