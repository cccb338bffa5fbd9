"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { fieldErrors } from "@/components/ui/field-errors";
import { Field, Input } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { MEMORY_MB, TIMEOUT_SECONDS } from "@/lib/domain/functions/rules";
import { errorMessage } from "@/lib/query/fetch-json";
import { useUpdateFunctionConfiguration, type FunctionJson } from "@/lib/query/functions";
import { updateFunctionConfigurationSchema } from "@/lib/schemas/function.schema";
import { RuntimeField } from "../../_components/runtime-field";
import { EnvironmentEditor } from "./environment-editor";

type Errors = Partial<Record<"description" | "runtime" | "handler" | "timeout" | "memorySize", string>>;

/** A number input's text as a number; "" and "abc" become NaN so the schema reports them. */
const numberFrom = (value: FormDataEntryValue | null) => (typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN);

type ConfigurationUpdate = ReturnType<typeof useUpdateFunctionConfiguration>;

function GeneralSettings({ fn, update }: { fn: FunctionJson; update: ConfigurationUpdate }) {
  const [errors, setErrors] = useState<Errors>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = updateFunctionConfigurationSchema.safeParse({
      description: data.get("description"),
      runtime: data.get("runtime"),
      handler: data.get("handler"),
      timeout: numberFrom(data.get("timeout")),
      memorySize: numberFrom(data.get("memorySize")),
      revisionId: fn.revisionId,
    });
    if (!parsed.success) {
      setErrors(fieldErrors<keyof Errors>(parsed.error.issues));
      return;
    }
    setErrors({});
    update.mutate(parsed.data);
  }

  return (
    <Card title="General configuration" description="Changes apply to $LATEST; published versions keep theirs.">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Description" htmlFor="config-description" error={errors.description} hint="Up to 256 characters.">
          <Input id="config-description" name="description" defaultValue={fn.description} aria-invalid={!!errors.description} />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <RuntimeField id="config-runtime" defaultValue={fn.runtime} error={errors.runtime} />
          <Field label="Handler" htmlFor="config-handler" error={errors.handler} hint="file.export, e.g. index.handler">
            <Input id="config-handler" name="handler" defaultValue={fn.handler} className="font-mono" aria-invalid={!!errors.handler} />
          </Field>
          <Field label="Memory (MB)" htmlFor="config-memory" error={errors.memorySize} hint={`${MEMORY_MB.min} to ${MEMORY_MB.max.toLocaleString()} MB.`}>
            <Input
              id="config-memory"
              name="memorySize"
              type="number"
              min={MEMORY_MB.min}
              max={MEMORY_MB.max}
              step={1}
              defaultValue={fn.memoryMb}
              aria-invalid={!!errors.memorySize}
            />
          </Field>
          <Field
            label="Timeout (seconds)"
            htmlFor="config-timeout"
            error={errors.timeout}
            hint={`Default ${TIMEOUT_SECONDS.default} s, at most ${TIMEOUT_SECONDS.max} s (15 min).`}
          >
            <Input
              id="config-timeout"
              name="timeout"
              type="number"
              min={TIMEOUT_SECONDS.min}
              max={TIMEOUT_SECONDS.max}
              step={1}
              defaultValue={fn.timeoutSec}
              aria-invalid={!!errors.timeout}
            />
          </Field>
        </div>
        <InlineError message={update.isError ? errorMessage(update.error) : null} />
        <div className="flex items-center justify-end gap-3">
          {update.isSuccess && <span role="status" className="text-xs text-emerald-700">Saved.</span>}
          <Button type="submit" pending={update.isPending}>
            Save configuration
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function ConfigPanel({ fn }: { fn: FunctionJson }) {
  // Held here so "Saved." outlives the form's remount below.
  const generalUpdate = useUpdateFunctionConfiguration(fn.functionName);
  const environmentUpdate = useUpdateFunctionConfiguration(fn.functionName);
  // The forms start from the saved values and refill when those change (not on a mere new RevisionId).
  const generalKey = JSON.stringify([fn.description, fn.runtime, fn.handler, fn.memoryMb, fn.timeoutSec]);
  const environmentKey = JSON.stringify(Object.entries(fn.environment));
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <GeneralSettings key={generalKey} fn={fn} update={generalUpdate} />
      <EnvironmentEditor key={environmentKey} fn={fn} update={environmentUpdate} />
    </div>
  );
}
