"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateDeployment, useStages } from "@/lib/query/use-stages";
import { consoleDeploySchema } from "@/lib/schemas/stage.schema";

const NEW_STAGE = "__new__";

export function DeployDialog({ apiId, open, onClose }: { apiId: string; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const stages = useStages(apiId);
  const deploy = useCreateDeployment(apiId);
  const [choice, setChoice] = useState<string>(NEW_STAGE);
  const [toCanary, setToCanary] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const existing = stages.data ?? [];
  // Deploying to a canary keeps its share, overrides and cache choice; only its deployment changes.
  const canary = existing.find((stage) => stage.stageName === choice)?.settings.canarySettings;

  function close() {
    setErrors({});
    setToCanary(false);
    deploy.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const isNew = choice === NEW_STAGE;
    const parsed = consoleDeploySchema.safeParse({
      stageName: isNew ? String(data.get("stageName") ?? "") : choice,
      stageDescription: isNew ? String(data.get("stageDescription") ?? "") || undefined : undefined,
      description: String(data.get("description") ?? ""),
      ...(canary && toCanary
        ? { canary: { percentTraffic: canary.percentTraffic, stageVariableOverrides: canary.stageVariableOverrides, useStageCache: canary.useStageCache } }
        : {}),
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    const stageName = parsed.data.stageName ?? "";
    deploy.mutate(parsed.data, {
      onSuccess: () => {
        close();
        router.push(`/apis/${apiId}/stages/${encodeURIComponent(stageName)}`);
      },
    });
  }

  return (
    <Dialog open={open} onClose={close} title="Deploy API" description="Freezes the current resources and methods into a deployment and points a stage at it.">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Stage" htmlFor="deploy-stage">
          <Select id="deploy-stage" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value={NEW_STAGE}>[New stage]</option>
            {existing.map((stage) => (
              <option key={stage.stageName} value={stage.stageName}>
                {stage.stageName}
              </option>
            ))}
          </Select>
        </Field>
        {canary && (
          <label htmlFor="deploy-to-canary" className="flex items-center gap-2 text-xs font-medium text-zinc-700">
            <input id="deploy-to-canary" type="checkbox" checked={toCanary} onChange={(event) => setToCanary(event.target.checked)} className="accent-accent-600" />
            Deploy to canary ({canary.percentTraffic}% of {choice}&apos;s traffic; the stage&apos;s own deployment stays)
          </label>
        )}
        {choice === NEW_STAGE && (
          <>
            <Field label="Stage name" htmlFor="deploy-stage-name" error={errors.stageName} hint="Letters, digits, - and _.">
              <Input id="deploy-stage-name" name="stageName" placeholder="dev" aria-invalid={!!errors.stageName} />
            </Field>
            <Field label="Stage description" htmlFor="deploy-stage-description" hint="Optional.">
              <Input id="deploy-stage-description" name="stageDescription" />
            </Field>
          </>
        )}
        <Field label="Deployment description" htmlFor="deploy-description" error={errors.description} hint="Optional; shown in the stage's history.">
          <Textarea id="deploy-description" name="description" rows={2} className="font-sans" />
        </Field>
        <FormActions error={deploy.isError ? errorMessage(deploy.error) : null} onCancel={close} submitLabel="Deploy" pending={deploy.isPending} />
      </form>
    </Dialog>
  );
}
