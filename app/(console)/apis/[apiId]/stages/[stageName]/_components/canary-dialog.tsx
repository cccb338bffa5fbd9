"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { keyValueRows } from "@/components/ui/key-value-editor";
import { newRow, updateRow } from "@/components/ui/rows";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { usePutCanary } from "@/lib/query/use-stage-canary";
import { useDeployments } from "@/lib/query/use-stages";
import { readCanaryDraft, type CanaryDraft } from "./canary-draft";

export interface CanaryDialogProps {
  apiId: string;
  stage: StageJson;
  open: boolean;
  onClose: () => void;
}

function initialDraft(stage: StageJson): CanaryDraft {
  const canary = stage.settings.canarySettings;
  return {
    percentTraffic: String(canary?.percentTraffic ?? 10),
    deploymentId: canary?.deploymentId ?? stage.deploymentId,
    useStageCache: canary?.useStageCache ?? false,
    overrides: keyValueRows(canary?.stageVariableOverrides ?? {}),
  };
}

/** Creates the stage's canary or edits it: traffic share, deployment, variable overrides, stage cache use. */
export function CanaryDialog({ apiId, stage, open, onClose }: CanaryDialogProps) {
  const editing = Boolean(stage.settings.canarySettings);
  return (
    <Dialog open={open} onClose={onClose} title={editing ? "Edit canary" : "Create canary"} description="A share of the stage's requests goes to the canary deployment, with these variable overrides.">
      {open && <CanaryForm apiId={apiId} stage={stage} editing={editing} onClose={onClose} />}
    </Dialog>
  );
}

function CanaryForm({ apiId, stage, editing, onClose }: { apiId: string; stage: StageJson; editing: boolean; onClose: () => void }) {
  const put = usePutCanary(apiId, stage.stageName);
  const deployments = useDeployments(apiId);
  const [draft, setDraft] = useState<CanaryDraft>(() => initialDraft(stage));
  const [showProblems, setShowProblems] = useState(false);
  const checked = readCanaryDraft(draft);
  const problems = checked.ok ? { overrides: [] as (string | null)[] } : checked.problems;
  const setRow = (id: string, patch: { name?: string; value?: string }) => setDraft((d) => ({ ...d, overrides: updateRow(d.overrides, id, patch) }));

  function close() {
    put.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShowProblems(true);
    if (checked.ok) put.mutate(checked.values, { onSuccess: close });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field label="Canary traffic (%)" htmlFor="canary-percent" error={problems.percentTraffic} hint="0 to 100; decimals allowed.">
        <Input id="canary-percent" inputMode="decimal" value={draft.percentTraffic} onChange={(e) => setDraft({ ...draft, percentTraffic: e.target.value })} aria-invalid={!!problems.percentTraffic} />
      </Field>
      <Field label="Canary deployment" htmlFor="canary-deployment" hint={editing ? "Deploy API → Deploy to canary also sets it." : "Starts as the stage's own; deploy to the canary to try a new one."}>
        <Select id="canary-deployment" value={draft.deploymentId} onChange={(e) => setDraft({ ...draft, deploymentId: e.target.value })}>
          {(deployments.data ?? [{ id: draft.deploymentId, description: "", createdDate: "" }]).map((d) => (
            <option key={d.id} value={d.id}>
              {d.id}{d.id === stage.deploymentId ? " (stage's deployment)" : ""}{d.description ? ` · ${d.description}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      <label htmlFor="canary-use-stage-cache" className="flex items-center gap-2 text-xs font-medium text-zinc-700">
        <input id="canary-use-stage-cache" type="checkbox" checked={draft.useStageCache} onChange={(e) => setDraft({ ...draft, useStageCache: e.target.checked })} className="accent-accent-600" />
        Canary uses the stage cache
      </label>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-xs font-medium text-zinc-700">Stage variable overrides</legend>
        {draft.overrides.length === 0 && <p className="text-xs text-zinc-500">The canary sees the stage&apos;s variables unchanged.</p>}
        {draft.overrides.map((row, index) => (
          <div key={row.id} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input aria-label="Override name" placeholder="name" value={row.value.name} onChange={(e) => setRow(row.id, { name: e.target.value })} className="font-mono" />
              <Input aria-label="Override value" placeholder="value" value={row.value.value} onChange={(e) => setRow(row.id, { value: e.target.value })} className="font-mono" />
              <Button variant="ghost" size="sm" aria-label={`Remove override ${row.value.name}`} onClick={() => setDraft((d) => ({ ...d, overrides: d.overrides.filter((r) => r.id !== row.id) }))}>
                Remove
              </Button>
            </div>
            {showProblems && <InlineError message={problems.overrides[index] ?? null} />}
          </div>
        ))}
        <div>
          <Button variant="secondary" size="sm" onClick={() => setDraft((d) => ({ ...d, overrides: [...d.overrides, newRow({ name: "", value: "" })] }))}>
            Add override
          </Button>
        </div>
      </fieldset>
      <FormActions error={put.isError ? errorMessage(put.error) : null} onCancel={close} submitLabel={editing ? "Save canary" : "Create canary"} pending={put.isPending} />
    </form>
  );
}
