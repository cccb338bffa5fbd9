"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { newRow, updateRow, type Row } from "@/components/ui/rows";
import { InlineError } from "@/components/ui/states";
import { useApis } from "@/lib/query/use-apis";
import { useResources } from "@/lib/query/use-resources";
import { useStages } from "@/lib/query/use-stages";
import { methodThrottleKey, newApiStage, newMethodThrottle, type ApiStageDraft, type DraftProblems, type MethodThrottleDraft } from "./usage-plan-draft";

export interface ApiStagesEditorProps {
  stages: Row<ApiStageDraft>[];
  onChange: (stages: Row<ApiStageDraft>[]) => void;
  problems: DraftProblems;
}

/** The plan's API stages: which deployed stages its keys may call, each with optional per-method limits. */
export function ApiStagesEditor({ stages, onChange, problems }: ApiStagesEditorProps) {
  const apis = useApis();
  const setStage = (id: string, patch: Partial<ApiStageDraft>) => onChange(updateRow(stages, id, patch));
  return (
    <div className="flex flex-col gap-3">
      {stages.length === 0 && <p className="text-xs text-zinc-500">No API stages yet: keys on this plan cannot call anything.</p>}
      {apis.isError && <InlineError message={`APIs could not be loaded: ${apis.error.message}`} />}
      {stages.map((row, index) => (
        <div key={row.id} className="flex flex-col gap-2 rounded-md border border-zinc-200 p-3" role="group" aria-label={`API stage ${index + 1}`}>
          <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-end gap-2">
            <Field label="API" htmlFor={`${row.id}-api`}>
              <Select id={`${row.id}-api`} value={row.value.apiId} onChange={(event) => setStage(row.id, { apiId: event.target.value, stage: "", methods: [] })} aria-invalid={!!problems[row.id]}>
                <option value="">{apis.isPending ? "Loading APIs…" : "Choose an API"}</option>
                {apis.data?.items.map((api) => (
                  <option key={api.id} value={api.id}>
                    {api.name} ({api.id})
                  </option>
                ))}
              </Select>
            </Field>
            {row.value.apiId ? (
              <StageSelect id={`${row.id}-stage`} apiId={row.value.apiId} value={row.value.stage} onChange={(stage) => setStage(row.id, { stage })} />
            ) : (
              <Field label="Stage" htmlFor={`${row.id}-stage`}>
                <Select id={`${row.id}-stage`} disabled value="">
                  <option value="">Choose an API first</option>
                </Select>
              </Field>
            )}
            <Button variant="ghost" size="sm" className="mb-1" aria-label={`Remove API stage ${index + 1}`} onClick={() => onChange(stages.filter((r) => r.id !== row.id))}>
              Remove
            </Button>
          </div>
          <InlineError message={problems[row.id]} />
          {row.value.apiId && (
            <MethodThrottles apiId={row.value.apiId} rows={row.value.methods} onChange={(methods) => setStage(row.id, { methods })} problems={problems} />
          )}
        </div>
      ))}
      <div>
        <Button variant="secondary" size="sm" onClick={() => onChange([...stages, newRow(newApiStage())])}>
          Add API stage
        </Button>
      </div>
    </div>
  );
}

function StageSelect({ id, apiId, value, onChange }: { id: string; apiId: string; value: string; onChange: (stage: string) => void }) {
  const stages = useStages(apiId);
  return (
    <Field label="Stage" htmlFor={id}>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{stages.isPending ? "Loading stages…" : stages.data?.length === 0 ? "No stages: deploy the API first" : "Choose a stage"}</option>
        {stages.data?.map((stage) => (
          <option key={stage.stageName} value={stage.stageName}>
            {stage.stageName}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface MethodThrottlesProps {
  apiId: string;
  rows: Row<MethodThrottleDraft>[];
  onChange: (rows: Row<MethodThrottleDraft>[]) => void;
  problems: DraftProblems;
}

/** Per-method limits per key: tighter than the plan's own throttle for expensive methods. */
function MethodThrottles({ apiId, rows, onChange, problems }: MethodThrottlesProps) {
  const resources = useResources(apiId);
  const methods = (resources.data ?? []).flatMap((resource) =>
    Object.keys(resource.resourceMethods ?? {}).map((httpMethod) => ({ key: methodThrottleKey(resource.path, httpMethod), label: `${httpMethod} ${resource.path}` })),
  );
  const set = (id: string, patch: Partial<MethodThrottleDraft>) => onChange(updateRow(rows, id, patch));
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1 text-[11px] font-medium tracking-wide text-zinc-500 uppercase">Method throttling (optional)</legend>
      {rows.map((row) => {
        const known = methods.some((m) => m.key === row.value.method);
        return (
          <div key={row.id} className="flex flex-col gap-0.5">
            <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2">
              <Select aria-label="Method" value={row.value.method} onChange={(event) => set(row.id, { method: event.target.value })} className="h-8 text-xs" aria-invalid={!!problems[row.id]}>
                <option value="">Choose a method</option>
                {!known && row.value.method && <option value={row.value.method}>{row.value.method}</option>}
                {methods.map((m) => (
                  <option key={m.key} value={m.key}>
                    {m.label}
                  </option>
                ))}
              </Select>
              <Input aria-label="Method rate (requests per second)" placeholder="rate/s" inputMode="decimal" value={row.value.rateLimit} onChange={(event) => set(row.id, { rateLimit: event.target.value })} className="h-8 text-xs" />
              <Input aria-label="Method burst (requests)" placeholder="burst" inputMode="numeric" value={row.value.burstLimit} onChange={(event) => set(row.id, { burstLimit: event.target.value })} className="h-8 text-xs" />
              <Button variant="ghost" size="sm" className="w-7 px-0" aria-label={`Remove method limit ${row.value.method}`} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                ✕
              </Button>
            </div>
            <InlineError message={problems[row.id]} />
          </div>
        );
      })}
      <div>
        <Button variant="ghost" size="sm" onClick={() => onChange([...rows, newRow(newMethodThrottle())])}>
          Add method limit
        </Button>
      </div>
    </fieldset>
  );
}
