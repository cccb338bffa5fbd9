"use client";

import { useState, type FormEvent } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/field";
import { RowsEditor } from "@/components/ui/rows-editor";
import { draftKey, rows, updateRow, type Row } from "@/components/ui/rows";
import { StatusCodeField } from "@/components/ui/status-code-field";
import type { GatewayResponseDefault } from "@/lib/domain/gateway-responses/catalog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { GatewayResponseJson } from "@/lib/query/types";
import { usePutGatewayResponse, useResetGatewayResponse } from "@/lib/query/use-gateway-responses";
import { putGatewayResponseSchema } from "@/lib/schemas/gateway-response.schema";
import { SaveBar } from "../../_components/save-bar";

const HEADER = "gatewayresponse.header.";
const SOURCE = /^('.*'|method\.request\.(header|querystring|path|multivalueheader|multivaluequerystring)\.\S+|context\.\S+|stageVariables\.\S+)$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

interface Draft {
  statusCode: string;
  headers: Row<{ header: string; value: string }>[];
  templates: Row<{ contentType: string; template: string }>[];
}

export interface GatewayResponseEditorProps {
  apiId: string;
  definition: GatewayResponseDefault;
  current: GatewayResponseJson | undefined;
}

export function GatewayResponseEditor({ apiId, definition, current }: GatewayResponseEditorProps) {
  const put = usePutGatewayResponse(apiId);
  const reset = useResetGatewayResponse(apiId);
  const customised = current ? !current.defaultResponse : false;
  const [initial] = useState<Draft>(() => ({
    statusCode: current?.statusCode ?? "",
    headers: rows(Object.entries(current?.responseParameters ?? {}).map(([k, value]) => ({ header: k.startsWith(HEADER) ? k.slice(HEADER.length) : k, value }))),
    templates: rows(Object.entries(current?.responseTemplates ?? definition.responseTemplates).map(([contentType, template]) => ({ contentType, template }))),
  }));
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [resetting, setResetting] = useState(false);
  const dirty = draftKey(draft) !== draftKey(initial);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const responseParameters: Record<string, string> = {};
    for (const { id, value } of draft.headers) {
      if (!TOKEN.test(value.header.trim())) found[id] = "Use a header name such as Access-Control-Allow-Origin.";
      else if (!SOURCE.test(value.value.trim())) found[id] = "Use 'a literal', method.request.header.X, context.x or stageVariables.x.";
      else responseParameters[`${HEADER}${value.header.trim()}`] = value.value.trim();
    }
    const responseTemplates: Record<string, string> = {};
    for (const { id, value } of draft.templates) {
      const type = value.contentType.trim().toLowerCase();
      if (!/^[\w.+-]+\/[\w.+*-]+$/.test(type)) found[id] = "Use a media type such as application/json.";
      else responseTemplates[type] = value.template;
    }
    const parsed = putGatewayResponseSchema.safeParse({ ...(draft.statusCode.trim() ? { statusCode: draft.statusCode.trim() } : {}), responseParameters, responseTemplates });
    if (!parsed.success) for (const issue of parsed.error.issues) found[String(issue.path[0] ?? "form")] ??= issue.message;
    setProblems(found);
    if (Object.keys(found).length || !parsed.success) return;
    put.mutate({ responseType: definition.responseType, ...parsed.data });
  }

  const defaultStatus = definition.statusCode ?? `the type's own (${definition.statusClass})`;
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          <span className="font-mono">{definition.responseType}</span>
          {customised ? <Badge tone="accent">customised</Badge> : <Badge>default</Badge>}
        </span>
      }
      description={definition.description}
      actions={
        customised && (
          <Button variant="secondary" size="sm" onClick={() => setResetting(true)}>
            Reset to default
          </Button>
        )
      }
    >
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <dl className="grid grid-cols-[10rem_1fr] gap-x-3 gap-y-1 rounded-md bg-zinc-50 px-3 py-2 text-xs">
          <dt className="text-zinc-500">Default status</dt>
          <dd className="font-mono">{defaultStatus}</dd>
          <dt className="text-zinc-500">Default body</dt>
          <dd className="font-mono break-all">{definition.defaultBody}</dd>
          {definition.errorType && (
            <>
              <dt className="text-zinc-500">x-amzn-ErrorType</dt>
              <dd className="font-mono">{definition.errorType}</dd>
            </>
          )}
        </dl>
        <StatusCodeField
          id="gateway-response-status"
          label="Status code"
          value={draft.statusCode}
          onChange={(statusCode) => setDraft((d) => ({ ...d, statusCode }))}
          error={problems.statusCode}
          placeholder={definition.statusCode ?? ""}
          hint={definition.responseType.startsWith("DEFAULT_") ? "Replaces the status of every type of this class that is not customised itself." : `Empty: ${defaultStatus}.`}
        />
        <section className="flex flex-col gap-2">
          <h4 className="text-xs font-semibold text-zinc-700">Response headers</h4>
          <RowsEditor
            rows={draft.headers}
            onChange={(headers) => setDraft((d) => ({ ...d, headers }))}
            columns={["Header", "Value"]}
            gridClassName="grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_1.75rem]"
            newValue={() => ({ header: "", value: "''" })}
            addLabel="Add header"
            emptyText="No extra headers."
            problems={problems}
            rowLabel={(row) => `header ${row.value.header}`}
            renderRow={(row) => (
              <>
                <Input aria-label="Header" value={row.value.header} onChange={(event) => setDraft((d) => ({ ...d, headers: updateRow(d.headers, row.id, { header: event.target.value }) }))} className="h-8 font-mono text-xs" aria-invalid={!!problems[row.id]} />
                <Input
                  aria-label="Value"
                  value={row.value.value}
                  placeholder="'*' or method.request.header.Origin"
                  onChange={(event) => setDraft((d) => ({ ...d, headers: updateRow(d.headers, row.id, { value: event.target.value }) }))}
                  className="h-8 font-mono text-xs"
                  aria-invalid={!!problems[row.id]}
                />
              </>
            )}
          />
        </section>
        <section className="flex flex-col gap-2">
          <h4 className="text-xs font-semibold text-zinc-700">Response templates</h4>
          <p className="-mt-1 text-[11px] text-zinc-500">Not Velocity: $context.*, $stageVariables.* and method.request.* are substituted as text.</p>
          <RowsEditor
            rows={draft.templates}
            onChange={(templates) => setDraft((d) => ({ ...d, templates }))}
            columns={["Content type and template"]}
            gridClassName="grid-cols-[minmax(0,1fr)_1.75rem]"
            newValue={() => ({ contentType: "application/json", template: '{"message":$context.error.messageString}' })}
            addLabel="Add template"
            emptyText="No template: the body is empty."
            problems={problems}
            rowLabel={(row) => `template ${row.value.contentType}`}
            renderRow={(row) => (
              <div className="flex flex-col gap-1.5">
                <Input aria-label="Template content type" value={row.value.contentType} onChange={(event) => setDraft((d) => ({ ...d, templates: updateRow(d.templates, row.id, { contentType: event.target.value }) }))} className="h-8 w-64 font-mono text-xs" />
                <CodeEditor
                  id={`gateway-template-${draft.templates.indexOf(row)}`}
                  ariaLabel={`Template for ${row.value.contentType}`}
                  language="plaintext"
                  value={row.value.template}
                  height={110}
                  onChange={(template) => setDraft((d) => ({ ...d, templates: updateRow(d.templates, row.id, { template }) }))}
                />
              </div>
            )}
          />
        </section>
        <SaveBar mutation={put} label="Save gateway response" dirty={dirty} onDiscard={() => (setDraft(initial), setProblems({}))} problemCount={Object.keys(problems).length} />
      </form>
      <ConfirmDialog
        open={resetting}
        title="Reset to default"
        confirmLabel="Reset"
        tone="primary"
        pending={reset.isPending}
        error={reset.isError ? errorMessage(reset.error) : null}
        onCancel={() => (reset.reset(), setResetting(false))}
        onConfirm={() => reset.mutate(definition.responseType, { onSuccess: () => setResetting(false) })}
      >
        <p>
          {definition.responseType} answers with AWS&apos;s default again ({defaultStatus}, <code className="font-mono">{definition.defaultBody}</code>) after the next deployment.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
