"use client";

import { Input, Select } from "@/components/ui/field";
import { RowsEditor } from "@/components/ui/rows-editor";
import { updateRow, type Row } from "@/components/ui/rows";
import type { ModelJson } from "@/lib/query/types";

export type ModelRow = Row<{ contentType: string; modelName: string }>;

export interface ModelRowsEditorProps {
  rows: ModelRow[];
  onChange: (rows: ModelRow[]) => void;
  /** The API's models to choose from. */
  models: ModelJson[];
  /** The model a new row starts with ("" leaves the choice open). */
  newModelName: string;
  emptyText: string;
  problems: Record<string, string>;
  /** The accessible name of a row's model picker. */
  modelLabel: (row: ModelRow) => string;
}

/** Content type to model rows: a method request's body models and a method response's response models. */
export function ModelRowsEditor({ rows, onChange, models, newModelName, emptyText, problems, modelLabel }: ModelRowsEditorProps) {
  return (
    <RowsEditor
      rows={rows}
      onChange={onChange}
      columns={["Content type", "Model"]}
      gridClassName="grid-cols-[minmax(0,1fr)_minmax(0,1fr)_1.75rem]"
      newValue={() => ({ contentType: "application/json", modelName: newModelName })}
      addLabel="Add model"
      emptyText={emptyText}
      problems={problems}
      rowLabel={(row) => `model for ${row.value.contentType}`}
      renderRow={(row) => (
        <>
          <Input
            aria-label="Content type"
            value={row.value.contentType}
            onChange={(event) => onChange(updateRow(rows, row.id, { contentType: event.target.value }))}
            className="h-8 font-mono text-xs"
            aria-invalid={!!problems[row.id]}
          />
          <Select aria-label={modelLabel(row)} value={row.value.modelName} onChange={(event) => onChange(updateRow(rows, row.id, { modelName: event.target.value }))} className="h-8 text-xs">
            <option value="">Choose a model</option>
            {models.map((model) => (
              <option key={model.id} value={model.name}>
                {model.name}
              </option>
            ))}
          </Select>
        </>
      )}
    />
  );
}
