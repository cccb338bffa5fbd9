"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateAlias, useUpdateAlias, type FunctionAliasJson, type FunctionJson } from "@/lib/query/functions";
import { createAliasSchema, updateAliasSchema } from "@/lib/schemas/function.schema";
import { weightToPercent } from "../../_components/function-format";

export interface AliasDialogProps {
  functionName: string;
  /** null creates a new alias. */
  alias: FunctionAliasJson | null;
  versions: FunctionJson[];
  onClose: () => void;
}

type Errors = Partial<Record<"name" | "functionVersion" | "description" | "routing.version" | "routing.weight" | "form", string>>;

/** The form shows 0..100 %, Lambda stores 0..1; two decimals of a percent are plenty. */
const percentToWeight = (percent: string) => (percent.trim() === "" ? Number.NaN : Math.round(Number(percent) * 100) / 10_000);

export function AliasDialog({ functionName, alias, versions, onClose }: AliasDialogProps) {
  const create = useCreateAlias(functionName);
  const update = useUpdateAlias(functionName);
  const mutation = alias ? update : create;
  const [initialExtra] = Object.entries(alias?.additionalVersionWeights ?? {});
  const [functionVersion, setFunctionVersion] = useState(alias?.functionVersion ?? versions.at(-1)?.version ?? "$LATEST");
  const [split, setSplit] = useState(initialExtra !== undefined);
  const [extraVersion, setExtraVersion] = useState(initialExtra?.[0] ?? "");
  const [percent, setPercent] = useState(initialExtra ? weightToPercent(initialExtra[1]) : "10");
  const [errors, setErrors] = useState<Errors>({});

  const published = versions.filter((v) => v.version !== "$LATEST");
  const extraChoices = published.filter((v) => v.version !== functionVersion);
  const canSplit = functionVersion !== "$LATEST" && extraChoices.length > 0;
  const shown = Number(percent);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const routing = split && canSplit ? { version: extraVersion, weight: percentToWeight(percent) } : null;
    const description = String(data.get("description") ?? "");
    const parsed = alias
      ? updateAliasSchema.safeParse({ functionVersion, description, routing, revisionId: alias.revisionId })
      : createAliasSchema.safeParse({ name: data.get("name"), functionVersion, description, routing });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = (issue.path.length ? issue.path.join(".") : "form") as keyof Errors;
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    if (alias) update.mutate({ alias: alias.name, input: { functionVersion, description, routing, revisionId: alias.revisionId } }, { onSuccess: onClose });
    else create.mutate({ name: String(data.get("name") ?? ""), functionVersion, description, routing }, { onSuccess: onClose });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={alias ? `Edit alias ${alias.name}` : "Create alias"}
      description="Invocations of the alias ARN run the version it points at."
    >
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {!alias && (
          <Field label="Name" htmlFor="alias-name" error={errors.name} hint="e.g. live or staging; not only digits.">
            <Input id="alias-name" name="name" autoFocus autoComplete="off" aria-invalid={!!errors.name} />
          </Field>
        )}
        <Field label="Description" htmlFor="alias-description" error={errors.description} hint="Optional.">
          <Input id="alias-description" name="description" defaultValue={alias?.description ?? ""} />
        </Field>
        <Field label="Version" htmlFor="alias-version" error={errors.functionVersion}>
          <Select id="alias-version" value={functionVersion} onChange={(e) => setFunctionVersion(e.target.value)}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version === "$LATEST" ? "$LATEST" : `Version ${v.version}${v.description ? ` (${v.description})` : ""}`}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className="flex flex-col gap-3 rounded-md border border-zinc-200 p-3">
          <label className="flex items-center gap-2 text-xs font-medium text-zinc-700">
            <input type="checkbox" checked={split && canSplit} disabled={!canSplit} onChange={(e) => setSplit(e.target.checked)} />
            Weighted routing to a second version
          </label>
          {!canSplit && (
            <p className="text-xs text-zinc-500">
              {functionVersion === "$LATEST" ? "An alias on $LATEST cannot split traffic." : "Publish another version to split traffic."}
            </p>
          )}
          {split && canSplit && (
            <>
              <div className="grid grid-cols-2 gap-3">
                <Field label="Second version" htmlFor="alias-extra-version" error={errors["routing.version"]}>
                  <Select id="alias-extra-version" value={extraVersion} onChange={(e) => setExtraVersion(e.target.value)}>
                    <option value="">Choose…</option>
                    {extraChoices.map((v) => (
                      <option key={v.version} value={v.version}>
                        Version {v.version}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label="Its share (%)" htmlFor="alias-weight" error={errors["routing.weight"]}>
                  <Input id="alias-weight" type="number" min={0} max={100} step={0.01} value={percent} onChange={(e) => setPercent(e.target.value)} />
                </Field>
              </div>
              <input
                type="range"
                min={0}
                max={100}
                step={1}
                value={Number.isFinite(shown) ? shown : 0}
                onChange={(e) => setPercent(e.target.value)}
                aria-label="Share of the second version in percent"
                className="accent-accent-600"
              />
              {Number.isFinite(shown) && shown >= 0 && shown <= 100 && (
                <p className="text-xs text-zinc-600" data-testid="alias-split">
                  {weightToPercent(1 - percentToWeight(percent))}% → version {functionVersion}, {weightToPercent(percentToWeight(percent))}% → version{" "}
                  {extraVersion || "…"}
                </p>
              )}
            </>
          )}
        </fieldset>
        <FormActions error={errors.form ?? (mutation.isError ? errorMessage(mutation.error) : null)} onCancel={onClose} submitLabel={alias ? "Save alias" : "Create alias"} pending={mutation.isPending} />
      </form>
    </Dialog>
  );
}
