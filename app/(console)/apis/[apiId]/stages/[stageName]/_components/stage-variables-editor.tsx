"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { duplicateNameProblem, KeyValueEditor, keyValueRecord, keyValueRows, type KeyValueRow } from "@/components/ui/key-value-editor";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { useUpdateStage } from "@/lib/query/use-stages";
import { stageVariableNameSchema, stageVariableValueSchema } from "@/lib/schemas/stage.schema";

function rowError(row: KeyValueRow, rows: KeyValueRow[]): string | null {
  const name = stageVariableNameSchema.safeParse(row.value.name);
  if (!name.success) return name.error.issues[0]?.message ?? "Check the name.";
  const value = stageVariableValueSchema.safeParse(row.value.value);
  if (!value.success) return value.error.issues[0]?.message ?? "Check the value.";
  return duplicateNameProblem(row, rows);
}

export function StageVariablesEditor({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const [rows, setRows] = useState<KeyValueRow[]>(() => keyValueRows(stage.variables));
  const [showErrors, setShowErrors] = useState(false);
  const errors = rows.map((row) => rowError(row, rows));

  function save() {
    setShowErrors(true);
    if (errors.some(Boolean)) return;
    const setVariables = keyValueRecord(rows);
    const removeVariables = Object.keys(stage.variables).filter((name) => !(name in setVariables));
    update.mutate({ setVariables, removeVariables }, { onSuccess: (saved) => { setRows(keyValueRows(saved.variables)); setShowErrors(false); } });
  }

  return (
    <Card title="Stage variables" description="Use them in integrations as ${stageVariables.name}.">
      <KeyValueEditor
        rows={rows}
        onChange={setRows}
        namePlaceholder="name"
        emptyText="No variables on this stage."
        problems={showErrors ? errors : null}
        onSave={save}
        pending={update.isPending}
        saved={update.isSuccess}
        error={update.isError ? errorMessage(update.error) : null}
      />
    </Card>
  );
}
