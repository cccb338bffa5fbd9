"use client";

import { useState, type FormEvent } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import type { VelocityContext } from "@/components/editors/velocity/velocity-assist";
import { velocityProblem } from "@/components/editors/velocity/velocity-check";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select } from "@/components/ui/field";
import { draftKey } from "@/components/ui/rows";
import { HTTP_METHODS } from "@/lib/domain/snapshot";
import type { MethodJson, ResourceJson } from "@/lib/query/types";
import { useSaveIntegrationRequest } from "@/lib/query/use-method-design";
import { SaveBar } from "../save-bar";
import type { Place } from "./aws-uris";
import { AwsServiceFields } from "./aws-service-fields";
import { useReportDirty } from "./dirty-boxes";
import { FlowBox } from "./flow-box";
import { hasMockResponse, integrationDraft, integrationInput, usesMapping, type IntegrationDraft } from "./integration-draft";
import { INTEGRATION_KINDS, PASSTHROUGH } from "./integration-kinds";
import { LambdaTargetFields } from "./lambda-target-fields";
import { MappingTemplatesEditor } from "./mapping-templates-editor";
import { ParameterMappingsEditor } from "./parameter-mappings-editor";

export interface IntegrationRequestBoxProps {
  apiId: string;
  resource: ResourceJson;
  method: MethodJson;
  place: Place;
  velocity: VelocityContext;
}

export function integrationSummary(method: MethodJson): string {
  const integration = method.methodIntegration;
  if (!integration) return "No integration yet: choose one and save.";
  const kind = INTEGRATION_KINDS.find((k) => k.value === (integration.type === "AWS_PROXY" ? "LAMBDA" : integration.type))?.label ?? integration.type;
  const target = integration.uri ? ` · ${integration.httpMethod ?? ""} ${integration.uri}` : "";
  return `${integration.type === "AWS_PROXY" ? "Lambda proxy" : kind}${target}`;
}

export function IntegrationRequestBox(props: IntegrationRequestBoxProps) {
  const { apiId, resource, method } = props;
  const save = useSaveIntegrationRequest({ apiId, resourceId: resource.id, httpMethod: method.httpMethod });
  // Remounted when the stored integration changes (after a save), so the form starts from the server's copy.
  return <IntegrationRequestForm key={draftKey(method.methodIntegration ?? null)} {...props} save={save} />;
}

function IntegrationRequestForm({ method, place, velocity, save }: IntegrationRequestBoxProps & { save: ReturnType<typeof useSaveIntegrationRequest> }) {
  const [initial] = useState(() => integrationDraft(method, place));
  const [draft, setDraft] = useState<IntegrationDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const dirty = draftKey(draft) !== draftKey(initial);
  useReportDirty("integration-request", dirty);
  const set = (patch: Partial<IntegrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const mapping = usesMapping(draft);
  const mockResponse = draft.kind === "MOCK" && hasMockResponse(method);
  const kind = INTEGRATION_KINDS.find((k) => k.value === draft.kind) ?? INTEGRATION_KINDS[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = integrationInput(method, draft);
    const found: Record<string, string> = result.ok ? {} : { ...result.problems };
    if (mapping) {
      for (const row of draft.templates) {
        const problem = velocityProblem(row.value.template);
        if (problem) found[row.id] ??= problem;
      }
    }
    setProblems(found);
    if (!result.ok || Object.keys(found).length) return;
    const integrationResponses = Object.keys(method.methodIntegration?.integrationResponses ?? {});
    save.mutate({
      integration: result.input,
      mock: mockResponse ? { statusCode: draft.mockStatus.trim(), body: draft.mockBody, existing: integrationResponses, methodResponses: Object.keys(method.methodResponses) } : undefined,
    });
  }

  const sources = Object.keys(method.requestParameters);
  return (
    <FlowBox id="integration-request" step={2} title="Integration request" summary={integrationSummary(method)} dirty={dirty}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        <fieldset>
          <legend className="mb-2 text-xs font-medium text-zinc-700">Integration type</legend>
          <div className="grid grid-cols-2 gap-2 md:grid-cols-5">
            {INTEGRATION_KINDS.map((option) => (
              <label
                key={option.value}
                className={cn(
                  "flex cursor-pointer flex-col gap-0.5 rounded-md border px-2.5 py-2",
                  draft.kind === option.value ? "border-accent-500 bg-accent-50/60 ring-1 ring-accent-500" : "border-zinc-200 hover:border-zinc-300",
                )}
              >
                <span className="flex items-center gap-2 text-sm font-medium">
                  <input type="radio" name="integration-type" aria-label={option.label} value={option.value} checked={draft.kind === option.value} onChange={() => set({ kind: option.value })} className="accent-accent-600" />
                  {option.label}
                </span>
                <span className="pl-5 text-[11px] leading-snug text-zinc-500">{option.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {(draft.kind === "HTTP" || draft.kind === "HTTP_PROXY") && (
          <div className="grid grid-cols-[9rem_1fr] gap-3">
            <Field label="Backend method" htmlFor="proxy-method" error={problems.httpMethod}>
              <Select id="proxy-method" value={draft.httpMethod} onChange={(event) => set({ httpMethod: event.target.value })} className="font-mono">
                {HTTP_METHODS.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label="Endpoint URL"
              htmlFor="proxy-uri"
              error={problems.uri}
              hint={<>Path parameters like <code>{"{proxy}"}</code> and stage variables like <code>{"${stageVariables.host}"}</code> are substituted.</>}
            >
              <Input id="proxy-uri" value={draft.uri} onChange={(event) => set({ uri: event.target.value })} placeholder="http://localhost:8080/{proxy}" className="font-mono" aria-invalid={!!problems.uri} />
            </Field>
          </div>
        )}

        {draft.kind === "LAMBDA" && (
          <div className="flex flex-col gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={draft.lambdaProxy} onChange={(event) => set({ lambdaProxy: event.target.checked })} className="accent-accent-600" />
              Lambda proxy integration
              <span className="text-xs text-zinc-500">(the function gets the whole request as an event and returns statusCode, headers and body)</span>
            </label>
            <LambdaTargetFields target={draft.lambda} onChange={(lambda) => set({ lambda })} problem={problems.function} stageVariables={velocity.stageVariables} />
          </div>
        )}

        {draft.kind === "AWS" && (
          <AwsServiceFields target={draft.aws} httpMethod={draft.httpMethod === "ANY" ? "POST" : draft.httpMethod} onChange={(aws) => set({ aws })} onHttpMethodChange={(httpMethod) => set({ httpMethod })} problems={problems} />
        )}

        {(draft.kind === "AWS" || draft.kind === "LAMBDA") && (
          <Field label="Execution role ARN" htmlFor="integration-credentials" hint="Optional; stored as AWS stores it (arn:aws:iam::{account}:role/{name}).">
            <Input id="integration-credentials" value={draft.credentials} onChange={(event) => set({ credentials: event.target.value })} className="font-mono" />
          </Field>
        )}

        {draft.kind !== "MOCK" && (
          <div className="grid grid-cols-1 gap-3 md:grid-cols-[10rem_1fr]">
            <Field label="Timeout (ms)" htmlFor="proxy-timeout" error={problems.timeout} hint="50 to 29000 ms.">
              <Input id="proxy-timeout" type="number" min={50} max={29000} value={draft.timeout} onChange={(event) => set({ timeout: event.target.value })} className="w-32 font-mono" aria-invalid={!!problems.timeout} />
            </Field>
            {mapping && (
              <Field label="Content handling" htmlFor="integration-content-handling" hint="How binary and text payloads are converted on the way to the backend.">
                <Select id="integration-content-handling" value={draft.contentHandling} onChange={(event) => set({ contentHandling: event.target.value })} className="max-w-64">
                  <option value="">Passthrough</option>
                  <option value="CONVERT_TO_BINARY">Convert to binary</option>
                  <option value="CONVERT_TO_TEXT">Convert to text (base64)</option>
                </Select>
              </Field>
            )}
          </div>
        )}

        {draft.kind !== "MOCK" && !(draft.kind === "LAMBDA" && draft.lambdaProxy) && (
          <section className="flex flex-col gap-2">
            <h4 className="text-xs font-semibold text-zinc-700">URL path, query string and header parameters</h4>
            <ParameterMappingsEditor rows={draft.parameters} onChange={(parameters) => set({ parameters })} problems={problems} sources={sources} />
          </section>
        )}

        {mapping && (
          <section className="flex flex-col gap-3">
            <h4 className="text-xs font-semibold text-zinc-700">Mapping templates</h4>
            <fieldset className="flex flex-wrap gap-x-5 gap-y-1">
              <legend className="mb-1 text-xs text-zinc-600">Request body passthrough</legend>
              {PASSTHROUGH.map((option) => (
                <label key={option.value} className="flex items-center gap-1.5 text-xs" title={option.hint}>
                  <input type="radio" name="passthrough" checked={draft.passthroughBehavior === option.value} onChange={() => set({ passthroughBehavior: option.value })} className="accent-accent-600" />
                  {option.label}
                </label>
              ))}
              <p className="w-full text-[11px] text-zinc-500">{PASSTHROUGH.find((o) => o.value === draft.passthroughBehavior)?.hint}</p>
            </fieldset>
            <MappingTemplatesEditor
              idPrefix="request-template"
              templates={draft.templates}
              onChange={(templates) => set({ templates })}
              problems={problems}
              velocity={velocity}
              emptyText="No templates: request bodies follow the passthrough rule above."
            />
          </section>
        )}

        {mockResponse && (
          <section className="flex flex-col gap-3 rounded-md border border-dashed border-zinc-300 p-3">
            <h4 className="text-xs font-semibold text-zinc-700">Mock response</h4>
            <p className="-mt-2 text-[11px] text-zinc-500">
              Saved as the integration response (and method response) for this status; add more in the boxes below.
            </p>
            <Field label="Response status" htmlFor="mock-status" error={problems.mockStatus}>
              <div className="w-28">
<Input id="mock-status" value={draft.mockStatus} onChange={(event) => set({ mockStatus: event.target.value })} className="font-mono" inputMode="numeric" aria-invalid={!!problems.mockStatus} />
</div>
            </Field>
            <Field label="Response body (application/json)" htmlFor="mock-response-body" hint="A mapping template: $context and $input work here too.">
              <CodeEditor id="mock-response-body" ariaLabel="Response body" language="velocity" velocity={velocity} value={draft.mockBody} height={140} onChange={(mockBody) => set({ mockBody })} />
            </Field>
          </section>
        )}

        <SaveBar mutation={save} label={kind.save} dirty={dirty} onDiscard={() => (setDraft(initial), setProblems({}))} problemCount={Object.keys(problems).length} />
      </form>
    </FlowBox>
  );
}
