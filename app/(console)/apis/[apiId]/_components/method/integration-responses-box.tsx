"use client";

import type { VelocityContext } from "@/components/editors/velocity/velocity-assist";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import type { MethodJson, ResourceJson } from "@/lib/query/types";
import { useDeleteIntegrationResponse, useSaveIntegrationResponse } from "@/lib/query/use-method-design";
import { FlowBox } from "./flow-box";
import { IntegrationResponseEditor } from "./integration-response-editor";
import { RowActions } from "./row-actions";
import { NEW_RESPONSE, useResponseEditing } from "./use-response-editing";

export interface ResponsesBoxProps {
  apiId: string;
  resource: ResourceJson;
  method: MethodJson;
  velocity: VelocityContext;
}

export function integrationResponsesSummary(method: MethodJson): string {
  const integration = method.methodIntegration;
  if (!integration) return "Set up the integration first.";
  if (integration.type === "AWS_PROXY" || integration.type === "HTTP_PROXY") return "Proxy: the backend's response is passed through.";
  const codes = Object.values(integration.integrationResponses).map((r) => (r.selectionPattern ? `${r.statusCode} (${r.selectionPattern})` : `${r.statusCode} default`));
  return codes.length ? codes.join(" · ") : "None: every response would be a 500 until one is added.";
}

/** Integration responses by selection pattern: which backend answers map to which method status, and how. */
export function IntegrationResponsesBox({ apiId, resource, method, velocity }: ResponsesBoxProps) {
  const ref = { apiId, resourceId: resource.id, httpMethod: method.httpMethod };
  const save = useSaveIntegrationResponse(ref);
  const remove = useDeleteIntegrationResponse(ref);
  const { editing, edit, deleting, askDelete, dirty, setEditorDirty, close, deleteDialog } = useResponseEditing("integration-response", save, remove);
  const integration = method.methodIntegration;
  const proxy = integration?.type === "AWS_PROXY" || integration?.type === "HTTP_PROXY";
  const responses = Object.values(integration?.integrationResponses ?? {});

  return (
    <FlowBox
      id="integration-response"
      step={3}
      title="Integration response"
      summary={integrationResponsesSummary(method)}
      dirty={dirty}
      actions={
        integration && !proxy && editing === null ? (
          <Button size="sm" variant="secondary" onClick={() => edit(NEW_RESPONSE)}>
            Add integration response
          </Button>
        ) : undefined
      }
    >
      {!integration ? (
        <p className="text-zinc-500">Save an integration request first: integration responses belong to it.</p>
      ) : proxy ? (
        <p className="text-zinc-500">
          A proxy integration returns the backend&apos;s status, headers and body as they are; API Gateway does not consult integration responses for it.
        </p>
      ) : (
        <div className="flex flex-col gap-3">
          {responses.length === 0 && editing !== NEW_RESPONSE && (
            <p className="rounded-md border border-dashed border-amber-300 bg-amber-50/50 px-3 py-2 text-xs text-amber-800">
              No integration response: callers get 500 Internal server error. Add a default one (no selection pattern).
            </p>
          )}
          {responses.length > 0 && (
            <DataTable variant="inline" className="text-xs" columns={["Selection pattern", "Method status", "Header mappings", "Templates", ""]}>
              {responses.map((response) => (
                <tr key={response.statusCode} data-testid={`integration-response-${response.statusCode}`}>
                  <td className="py-1.5 font-mono">{response.selectionPattern ? response.selectionPattern : <Badge>default</Badge>}</td>
                  <td className="py-1.5 font-mono font-semibold">{response.statusCode}</td>
                  <td className="py-1.5">{Object.keys(response.responseParameters).length || "—"}</td>
                  <td className="py-1.5 font-mono">{Object.keys(response.responseTemplates).join(", ") || "—"}</td>
                  <td className="py-1.5 text-right whitespace-nowrap">
                    <RowActions label={`integration response ${response.statusCode}`} onEdit={() => edit(response.statusCode)} onDelete={() => askDelete(response.statusCode)} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {editing !== null && (
            <IntegrationResponseEditor
              key={editing}
              method={method}
              statusCode={editing === NEW_RESPONSE ? null : editing}
              velocity={velocity}
              save={save}
              onDirtyChange={setEditorDirty}
              onSaved={close}
              onCancel={close}
            />
          )}
        </div>
      )}
      <ConfirmDialog
        {...deleteDialog}
        title="Delete integration response"
        confirmLabel="Delete"
      >
        <p>
          Delete the <code className="font-mono">{deleting}</code> integration response? Backend answers it matched fall to the default response (or become 500s).
        </p>
      </ConfirmDialog>
    </FlowBox>
  );
}
