"use client";

import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { Input } from "@/components/ui/field";
import { RequiredCheckbox } from "@/components/ui/required-checkbox";
import { RowsEditor } from "@/components/ui/rows-editor";
import { draftKey, updateRow } from "@/components/ui/rows";
import { InlineError } from "@/components/ui/states";
import { StatusCodeField } from "@/components/ui/status-code-field";
import { errorMessage } from "@/lib/query/fetch-json";
import type { MethodJson, ModelJson, ResourceJson } from "@/lib/query/types";
import { useDeleteMethodResponse, useSaveMethodResponse } from "@/lib/query/use-method-design";
import { FlowBox } from "./flow-box";
import { ModelRowsEditor } from "./model-rows-editor";
import { methodResponseDraft, methodResponseInput, type MethodResponseDraft } from "./response-drafts";
import { RowActions } from "./row-actions";
import { NEW_RESPONSE, useResponseEditing } from "./use-response-editing";

export function methodResponsesSummary(method: MethodJson): string {
  const codes = Object.keys(method.methodResponses);
  return codes.length ? `Statuses ${codes.join(", ")}` : "No statuses declared.";
}

export interface MethodResponsesBoxProps {
  apiId: string;
  resource: ResourceJson;
  method: MethodJson;
  models: ModelJson[];
}

/** The statuses the method may return, with their headers and response models. */
export function MethodResponsesBox({ apiId, resource, method, models }: MethodResponsesBoxProps) {
  const ref = { apiId, resourceId: resource.id, httpMethod: method.httpMethod };
  const save = useSaveMethodResponse(ref);
  const remove = useDeleteMethodResponse(ref);
  const { editing, edit, deleting, askDelete, dirty, setEditorDirty, close, deleteDialog } = useResponseEditing("method-response", save, remove);
  const responses = Object.values(method.methodResponses);

  return (
    <FlowBox
      id="method-response"
      step={4}
      title="Method response"
      summary={methodResponsesSummary(method)}
      dirty={dirty}
      actions={
        editing === null && (
          <Button size="sm" variant="secondary" onClick={() => edit(NEW_RESPONSE)}>
            Add method response
          </Button>
        )
      }
    >
      <div className="flex flex-col gap-3">
        {responses.length === 0 && editing !== NEW_RESPONSE && <p className="text-zinc-500">No statuses declared yet. Proxy integrations return any status without one.</p>}
        {responses.length > 0 && (
          <DataTable variant="inline" className="text-xs" columns={["Status", "Response headers", "Response models", ""]}>
            {responses.map((response) => (
              <tr key={response.statusCode} data-testid={`method-response-${response.statusCode}`}>
                <td className="py-1.5 font-mono font-semibold">{response.statusCode}</td>
                <td className="py-1.5 font-mono">{Object.keys(response.responseParameters).map((k) => k.replace("method.response.header.", "")).join(", ") || "—"}</td>
                <td className="py-1.5 font-mono">{Object.entries(response.responseModels).map(([type, model]) => `${type}: ${model}`).join(", ") || "—"}</td>
                <td className="py-1.5 text-right whitespace-nowrap">
                  <RowActions label={`method response ${response.statusCode}`} onEdit={() => edit(response.statusCode)} onDelete={() => askDelete(response.statusCode)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {editing !== null && (
          <MethodResponseEditor key={editing} method={method} statusCode={editing === NEW_RESPONSE ? null : editing} models={models} save={save} onDirtyChange={setEditorDirty} onDone={close} />
        )}
      </div>
      <ConfirmDialog
        {...deleteDialog}
        title="Delete method response"
        confirmLabel="Delete"
      >
        <p>
          Delete the <code className="font-mono">{deleting}</code> method response?
          {method.methodIntegration?.integrationResponses[deleting ?? ""] && " Its integration response stays and would then answer a status the method no longer declares."}
        </p>
      </ConfirmDialog>
    </FlowBox>
  );
}

interface MethodResponseEditorProps {
  method: MethodJson;
  statusCode: string | null;
  models: ModelJson[];
  save: ReturnType<typeof useSaveMethodResponse>;
  onDirtyChange: (dirty: boolean) => void;
  onDone: () => void;
}

function MethodResponseEditor({ method, statusCode, models, save, onDirtyChange, onDone }: MethodResponseEditorProps) {
  const [initial] = useState(() => methodResponseDraft(statusCode ? method.methodResponses[statusCode] : undefined));
  const [draft, setDraft] = useState<MethodResponseDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const dirty = draftKey(draft) !== draftKey(initial);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = methodResponseInput(draft, Object.values(method.methodResponses).filter((r) => r.statusCode !== statusCode));
    if (!result.ok) return setProblems(result.problems);
    setProblems({});
    save.mutate({ previousStatus: statusCode ?? undefined, statusCode: result.statusCode, body: result.input }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded-md border border-accent-200 bg-accent-50/20 p-3" aria-label={statusCode ? `Method response ${statusCode}` : "New method response"}>
      <StatusCodeField id="method-response-status" label="HTTP status code" value={draft.statusCode} onChange={(statusCode) => setDraft((d) => ({ ...d, statusCode }))} error={problems.statusCode} />
      <section className="flex flex-col gap-2">
        <h4 className="text-xs font-semibold text-zinc-700">Response headers</h4>
        <RowsEditor
          rows={draft.headers}
          onChange={(headers) => setDraft((d) => ({ ...d, headers }))}
          columns={["Header name", "Required"]}
          gridClassName="grid-cols-[minmax(0,1fr)_6rem_1.75rem]"
          newValue={() => ({ header: "", required: false })}
          addLabel="Add header"
          emptyText="No headers declared: integration responses can only map declared headers."
          problems={problems}
          rowLabel={(row) => `header ${row.value.header}`}
          renderRow={(row) => (
            <>
              <Input aria-label="Header name" value={row.value.header} onChange={(event) => setDraft((d) => ({ ...d, headers: updateRow(d.headers, row.id, { header: event.target.value }) }))} className="h-8 font-mono text-xs" aria-invalid={!!problems[row.id]} />
              <RequiredCheckbox checked={row.value.required} onChange={(required) => setDraft((d) => ({ ...d, headers: updateRow(d.headers, row.id, { required }) }))} />
            </>
          )}
        />
      </section>
      <section className="flex flex-col gap-2">
        <h4 className="text-xs font-semibold text-zinc-700">Response models</h4>
        <ModelRowsEditor
          rows={draft.models}
          onChange={(list) => setDraft((d) => ({ ...d, models: list }))}
          models={models}
          newModelName="Empty"
          emptyText="No response models."
          problems={problems}
          modelLabel={() => "Model"}
        />
      </section>
      {problems.form && <InlineError message={problems.form} />}
      <InlineError message={save.isError ? errorMessage(save.error) : null} />
      <div className="flex items-center gap-2">
        <Button type="submit" pending={save.isPending}>
          {statusCode ? "Save method response" : "Add method response"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        {dirty && <span className="text-xs font-medium text-amber-700">Unsaved changes</span>}
      </div>
    </form>
  );
}
