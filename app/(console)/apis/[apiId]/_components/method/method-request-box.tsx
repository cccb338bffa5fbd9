"use client";

import { useState, type FormEvent } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import { RequiredCheckbox } from "@/components/ui/required-checkbox";
import { RowsEditor } from "@/components/ui/rows-editor";
import { draftKey, updateRow, type Row } from "@/components/ui/rows";
import type { MethodJson, ModelJson, ResourceJson } from "@/lib/query/types";
import { useUpdateMethodRequest } from "@/lib/query/use-method-design";
import { SaveBar } from "../save-bar";
import { useReportDirty } from "./dirty-boxes";
import { FlowBox } from "./flow-box";
import { ModelRowsEditor } from "./model-rows-editor";
import { methodRequestDraft, methodRequestUpdate, pathParameterNames, type MethodRequestDraft, type ParameterLocation, type RequestParameter } from "./method-request-draft";
import { ValidatorPicker } from "./validator-picker";

export interface MethodRequestBoxProps {
  apiId: string;
  resource: ResourceJson;
  method: MethodJson;
  models: ModelJson[];
}

export function methodRequestSummary(method: MethodJson): string {
  const parameters = Object.keys(method.requestParameters).length;
  const models = Object.keys(method.requestModels).length;
  return [
    `Authorization ${method.authorizationType}`,
    method.apiKeyRequired ? "API key required" : "no API key",
    method.requestValidatorId ? "validated" : "no validator",
    `${parameters} parameter${parameters === 1 ? "" : "s"}`,
    `${models} model${models === 1 ? "" : "s"}`,
  ].join(" · ");
}

export function MethodRequestBox(props: MethodRequestBoxProps) {
  const { apiId, resource, method } = props;
  const save = useUpdateMethodRequest({ apiId, resourceId: resource.id, httpMethod: method.httpMethod });
  const stored = { requestParameters: method.requestParameters, requestModels: method.requestModels, apiKeyRequired: method.apiKeyRequired, operationName: method.operationName, requestValidatorId: method.requestValidatorId };
  // Remounted when what is stored changes (after a save), so the form starts from the server's copy.
  return <MethodRequestForm key={draftKey(stored)} {...props} save={save} />;
}

const LOCATIONS: { location: ParameterLocation; title: string; add: string; empty: string }[] = [
  { location: "querystring", title: "URL query string parameters", add: "Add query string", empty: "No query string parameters declared." },
  { location: "header", title: "HTTP request headers", add: "Add header", empty: "No request headers declared." },
  { location: "path", title: "Path parameters", add: "Add path parameter", empty: "This resource path has no parameters." },
];

function MethodRequestForm({ apiId, resource, method, models, save }: MethodRequestBoxProps & { save: ReturnType<typeof useUpdateMethodRequest> }) {
  const [initial] = useState(() => methodRequestDraft(method, resource.path));
  const [draft, setDraft] = useState<MethodRequestDraft>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const dirty = draftKey(draft) !== draftKey(initial);
  useReportDirty("method-request", dirty);
  const fromPath = new Set(pathParameterNames(resource.path));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = methodRequestUpdate(method, draft);
    if (!result.ok) return setProblems(result.problems);
    setProblems({});
    save.mutate(result.input);
  }

  const setParameters = (location: ParameterLocation, list: Row<RequestParameter>[]) =>
    setDraft((d) => ({ ...d, parameters: [...d.parameters.filter((r) => r.value.location !== location), ...list] }));

  return (
    <FlowBox id="method-request" step={1} title="Method request" summary={methodRequestSummary(method)} dirty={dirty}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field label="Authorization" htmlFor="method-authorization" hint="IAM, Lambda and Cognito authorizers are coming later.">
            <Select id="method-authorization" value="NONE" onChange={() => undefined}>
              <option value="NONE">None</option>
              <option disabled>AWS IAM (coming later)</option>
              <option disabled>Lambda authorizer (coming later)</option>
              <option disabled>Cognito user pool (coming later)</option>
            </Select>
          </Field>
          <ValidatorPicker apiId={apiId} value={draft.requestValidatorId} onChange={(requestValidatorId) => setDraft((d) => ({ ...d, requestValidatorId }))} />
          <Field label="Operation name" htmlFor="method-operation-name" hint="Optional; names the method in generated SDKs.">
            <Input id="method-operation-name" value={draft.operationName} onChange={(event) => setDraft((d) => ({ ...d, operationName: event.target.value }))} placeholder="ListPets" />
          </Field>
          <label className="flex items-center gap-2 self-center pt-4 text-sm">
            <input type="checkbox" checked={draft.apiKeyRequired} onChange={(event) => setDraft((d) => ({ ...d, apiKeyRequired: event.target.checked }))} className="accent-accent-600" />
            API key required
          </label>
        </div>
        {LOCATIONS.map(({ location, title, add, empty }) => (
          <fieldset key={location} className="flex flex-col gap-2">
            <legend className="mb-1 text-xs font-semibold text-zinc-700">{title}</legend>
            <RowsEditor<RequestParameter>
              rows={draft.parameters.filter((r) => r.value.location === location)}
              onChange={(list) => setParameters(location, list)}
              columns={["Name", "Required"]}
              gridClassName="grid-cols-[minmax(0,1fr)_6rem_1.75rem]"
              newValue={() => ({ location, name: "", required: false })}
              addLabel={add}
              emptyText={empty}
              problems={problems}
              rowLabel={(row) => `${location} parameter ${row.value.name}`}
              canRemove={(row) => !(location === "path" && fromPath.has(row.value.name))}
              renderRow={(row) => {
                const locked = location === "path" && fromPath.has(row.value.name);
                return (
                  <>
                    <Input
                      aria-label={`${title}: name`}
                      value={row.value.name}
                      readOnly={locked}
                      onChange={(event) => setDraft((d) => ({ ...d, parameters: updateRow(d.parameters, row.id, { name: event.target.value }) }))}
                      className="h-8 font-mono text-xs"
                      aria-invalid={!!problems[row.id]}
                    />
                    <RequiredCheckbox
                      checked={row.value.required}
                      disabled={locked}
                      title={locked ? "A path parameter is always present." : undefined}
                      onChange={(required) => setDraft((d) => ({ ...d, parameters: updateRow(d.parameters, row.id, { required }) }))}
                    />
                  </>
                );
              }}
            />
          </fieldset>
        ))}
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-xs font-semibold text-zinc-700">Request body models</legend>
          <ModelRowsEditor
            rows={draft.models}
            onChange={(list) => setDraft((d) => ({ ...d, models: list }))}
            models={models}
            newModelName=""
            emptyText="No body model: the validator does not check the body."
            problems={problems}
            modelLabel={(row) => `Model for ${row.value.contentType}`}
          />
        </fieldset>
        {problems.form && <p role="alert" className="text-xs text-red-700">{problems.form}</p>}
        <SaveBar mutation={save} label="Save method request" dirty={dirty} onDiscard={() => (setDraft(initial), setProblems({}))} problemCount={Object.keys(problems).length} />
      </form>
    </FlowBox>
  );
}
