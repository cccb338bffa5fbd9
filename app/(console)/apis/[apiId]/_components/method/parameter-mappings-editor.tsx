"use client";

import { Input, Select } from "@/components/ui/field";
import { RowsEditor } from "@/components/ui/rows-editor";
import { updateRow, type Row } from "@/components/ui/rows";
import type { ParameterMapping } from "./integration-draft";

export interface ParameterMappingsEditorProps {
  rows: Row<ParameterMapping>[];
  onChange: (rows: Row<ParameterMapping>[]) => void;
  problems: Record<string, string>;
  /** method.request.* expressions of the method request, offered as sources. */
  sources: string[];
}

/** integration.request.{path|querystring|header}.X = a method request parameter, 'literal', context.x or stageVariables.x. */
export function ParameterMappingsEditor({ rows, onChange, problems, sources }: ParameterMappingsEditorProps) {
  return (
    <>
      <RowsEditor<ParameterMapping>
        rows={rows}
        onChange={onChange}
        columns={["Sent as", "Name", "Mapped from"]}
        gridClassName="grid-cols-[8.5rem_minmax(0,1fr)_minmax(0,1.4fr)_1.75rem]"
        newValue={() => ({ location: "header", name: "", source: "" })}
        addLabel="Add parameter mapping"
        emptyText="No mappings: the backend gets no parameters of the method request (proxies pass them all)."
        problems={problems}
        rowLabel={(row) => `mapping of ${row.value.name}`}
        renderRow={(row) => (
          <>
            <Select
              aria-label="Sent as"
              value={row.value.location}
              onChange={(event) => onChange(updateRow(rows, row.id, { location: event.target.value as ParameterMapping["location"] }))}
              className="h-8 text-xs"
            >
              <option value="header">Header</option>
              <option value="querystring">Query string</option>
              <option value="path">URL path</option>
            </Select>
            <Input aria-label="Parameter name" value={row.value.name} onChange={(event) => onChange(updateRow(rows, row.id, { name: event.target.value }))} className="h-8 font-mono text-xs" aria-invalid={!!problems[row.id]} />
            <Input
              aria-label="Mapped from"
              list="method-request-sources"
              value={row.value.source}
              placeholder="method.request.header.X-Id or 'literal'"
              onChange={(event) => onChange(updateRow(rows, row.id, { source: event.target.value }))}
              className="h-8 font-mono text-xs"
              aria-invalid={!!problems[row.id]}
            />
          </>
        )}
      />
      <datalist id="method-request-sources">
        {sources.map((source) => (
          <option key={source} value={source} />
        ))}
        <option value="context.requestId" />
        <option value="context.identity.sourceIp" />
      </datalist>
    </>
  );
}
