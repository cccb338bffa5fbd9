"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { duplicateNameProblem, KeyValueEditor, keyValueRecord, keyValueRows, type KeyValueRow } from "@/components/ui/key-value-editor";
import { ENVIRONMENT_MAX_BYTES } from "@/lib/domain/functions/rules";
import { errorMessage } from "@/lib/query/fetch-json";
import type { FunctionJson, useUpdateFunctionConfiguration } from "@/lib/query/functions";
import { environmentKeyProblem, environmentSize, updateFunctionConfigurationSchema } from "@/lib/schemas/function.schema";

function rowError(row: KeyValueRow, rows: KeyValueRow[]): string | null {
  return environmentKeyProblem(row.value.name) ?? duplicateNameProblem(row, rows);
}

/** Environment.Variables: replaced as a whole on save, as UpdateFunctionConfiguration does; 4 KB in all. */
export interface EnvironmentEditorProps {
  fn: FunctionJson;
  update: ReturnType<typeof useUpdateFunctionConfiguration>;
}

export function EnvironmentEditor({ fn, update }: EnvironmentEditorProps) {
  const [rows, setRows] = useState<KeyValueRow[]>(() => keyValueRows(fn.environment));
  const [showErrors, setShowErrors] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const errors = rows.map((row) => rowError(row, rows));
  const variables = keyValueRecord(rows);
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

  return (
    <Card title="Environment variables" description="Read by the handler as process.env.NAME. Lambda allows 4 KB in all.">
      <KeyValueEditor
        rows={rows}
        onChange={setRows}
        namePlaceholder="NAME"
        emptyText="No environment variables."
        problems={showErrors ? errors : null}
        onSave={save}
        pending={update.isPending}
        saved={update.isSuccess}
        saveDisabled={over}
        error={formError ?? (update.isError ? errorMessage(update.error) : null)}
      >
        <p className={cn("text-xs", over ? "text-red-700" : "text-zinc-500")} data-testid="environment-size">
          {size.toLocaleString()} of {ENVIRONMENT_MAX_BYTES.toLocaleString()} bytes used (measured as compact JSON, like Lambda).
        </p>
      </KeyValueEditor>
    </Card>
  );
}
