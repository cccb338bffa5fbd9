"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { VelocityContext } from "@/components/editors/velocity/velocity-assist";
import { velocityProblem } from "@/components/editors/velocity/velocity-check";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { RowsEditor } from "@/components/ui/rows-editor";
import { draftKey, updateRow } from "@/components/ui/rows";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { MethodJson } from "@/lib/query/types";
import type { useSaveIntegrationResponse } from "@/lib/query/use-method-design";
import { MappingTemplatesEditor } from "./mapping-templates-editor";
import { integrationResponseDraft, integrationResponseInput, type HeaderMapping, type IntegrationResponseDraft } from "./response-drafts";

export interface IntegrationResponseEditorProps {
  method: MethodJson;
  /** null: a new response. */
  statusCode: string | null;
  velocity: VelocityContext;
  save: ReturnType<typeof useSaveIntegrationResponse>;
  onDirtyChange: (dirty: boolean) => void;
  onSaved: () => void;
  onCancel: () => void;
}

export function IntegrationResponseEditor({ method, statusCode, velocity, save, onDirtyChange, onSaved, onCancel }: IntegrationResponseEditorProps) {
  const responses = method.methodIntegration?.integrationResponses ?? {};
  const existing = statusCode ? responses[statusCode] : undefined;
  const methodStatuses = Object.keys(method.methodResponses);
  const [initial] = useState(() => integrationResponseDraft(existing, existing ? existing.statusCode : (methodStatuses.find((s) => !responses[s]) ?? "200")));
  const [draft, setDraft] = useState<IntegrationResponseDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [createMethodResponse, setCreateMethodResponse] = useState(true);
  const dirty = draftKey(draft) !== draftKey(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const missingMethodResponse = !method.methodResponses[draft.statusCode.trim()];
  const set = (patch: Partial<IntegrationResponseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const others = Object.values(responses).filter((r) => r.statusCode !== statusCode);
    const result = integrationResponseInput(draft, others);
    const found: Record<string, string> = result.ok ? {} : { ...result.problems };
    for (const row of draft.templates) {
      const problem = velocityProblem(row.value.template);
      if (problem) found[row.id] ??= problem;
    }
    setProblems(found);
    if (!result.ok || Object.keys(found).length) return;
    save.mutate(
      { previousStatus: statusCode ?? undefined, statusCode: result.statusCode, body: result.input, createMethodResponse: missingMethodResponse && createMethodResponse },
      { onSuccess: onSaved },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-md border border-accent-200 bg-accent-50/20 p-3" aria-label={statusCode ? `Integration response ${statusCode}` : "New integration response"}>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-[8rem_1fr_12rem]">
        <Field label="Method response status" htmlFor="integration-response-status" error={problems.statusCode}>
          <Input id="integration-response-status" list="method-statuses" value={draft.statusCode} onChange={(event) => set({ statusCode: event.target.value })} className="font-mono" aria-invalid={!!problems.statusCode} />
        </Field>
        <datalist id="method-statuses">
          {methodStatuses.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Field
          label="Selection pattern"
          htmlFor="integration-response-pattern"
          error={problems.selectionPattern}
          hint="A regex matched against the backend's status code (HTTP) or error message (Lambda). Empty: the default response."
        >
          <Input id="integration-response-pattern" value={draft.selectionPattern} onChange={(event) => set({ selectionPattern: event.target.value })} className="font-mono" placeholder="4\d{2}" aria-invalid={!!problems.selectionPattern} />
        </Field>
        <Field label="Content handling" htmlFor="integration-response-content-handling">
          <Select id="integration-response-content-handling" value={draft.contentHandling} onChange={(event) => set({ contentHandling: event.target.value })}>
            <option value="">Passthrough</option>
            <option value="CONVERT_TO_BINARY">Convert to binary</option>
            <option value="CONVERT_TO_TEXT">Convert to text</option>
          </Select>
        </Field>
      </div>
      {missingMethodResponse && /^[1-5]\d\d$/.test(draft.statusCode.trim()) && (
        <label className="flex items-center gap-2 text-xs text-zinc-700">
          <input type="checkbox" checked={createMethodResponse} onChange={(event) => setCreateMethodResponse(event.target.checked)} className="accent-accent-600" />
          Also add a {draft.statusCode.trim()} method response (AWS returns only declared statuses)
        </label>
      )}
      <section className="flex flex-col gap-2">
        <h4 className="text-xs font-semibold text-zinc-700">Header mappings</h4>
        <RowsEditor<HeaderMapping>
          rows={draft.headers}
          onChange={(headers) => set({ headers })}
          columns={["Response header", "Mapping value"]}
          gridClassName="grid-cols-[minmax(0,1fr)_minmax(0,1.5fr)_1.75rem]"
          newValue={() => ({ header: "", source: "" })}
          addLabel="Add header mapping"
          emptyText="No header mappings."
          problems={problems}
          rowLabel={(row) => `header ${row.value.header}`}
          renderRow={(row) => (
            <>
              <Input aria-label="Response header" value={row.value.header} onChange={(event) => set({ headers: updateRow(draft.headers, row.id, { header: event.target.value }) })} className="h-8 font-mono text-xs" aria-invalid={!!problems[row.id]} />
              <Input
                aria-label="Mapping value"
                value={row.value.source}
                placeholder="'value' or integration.response.header.X"
                onChange={(event) => set({ headers: updateRow(draft.headers, row.id, { source: event.target.value }) })}
                className="h-8 font-mono text-xs"
                aria-invalid={!!problems[row.id]}
              />
            </>
          )}
        />
      </section>
      <section className="flex flex-col gap-2">
        <h4 className="text-xs font-semibold text-zinc-700">Mapping templates</h4>
        <MappingTemplatesEditor
          idPrefix="response-template"
          templates={draft.templates}
          onChange={(templates) => set({ templates })}
          problems={problems}
          velocity={velocity}
          emptyText="No template: the backend's body is passed through."
        />
      </section>
      {problems.form && <InlineError message={problems.form} />}
      <InlineError message={save.isError ? errorMessage(save.error) : null} />
      <div className="flex items-center gap-2">
        <Button type="submit" pending={save.isPending}>
          {statusCode ? "Save integration response" : "Add integration response"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        {dirty && <span className="text-xs font-medium text-amber-700">Unsaved changes</span>}
      </div>
    </form>
  );
}
