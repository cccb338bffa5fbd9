"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { RequestValidatorJson } from "@/lib/query/types";
import { useCreateRequestValidator, useDeleteRequestValidator, useRequestValidators, useUpdateRequestValidator } from "@/lib/query/use-request-validators";
import { createRequestValidatorSchema } from "@/lib/schemas/request-validator.schema";

/** The API's request validators: toggled and renamed in place; methods pick them in their Method request box. */
export function RequestValidatorsCard({ apiId }: { apiId: string }) {
  const validators = useRequestValidators(apiId);
  const create = useCreateRequestValidator(apiId);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  function add() {
    const parsed = createRequestValidatorSchema.safeParse({ name, validateRequestBody: true, validateRequestParameters: true });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the name.");
    setProblem(null);
    create.mutate(parsed.data, { onSuccess: () => setName("") });
  }

  return (
    <Card title="Request validators" description="What a method checks before calling its integration." bodyClassName="flex flex-col gap-3 p-3">
      {validators.isError && <InlineError message={errorMessage(validators.error)} />}
      {validators.data?.length === 0 && <p className="text-xs text-zinc-500">None yet.</p>}
      <ul className="flex flex-col divide-y divide-zinc-100">
        {validators.data?.map((validator) => (
          <ValidatorRow key={`${validator.id}:${validator.name}`} apiId={apiId} validator={validator} />
        ))}
      </ul>
      <div className="flex gap-2">
        <Input aria-label="New validator name" value={name} onChange={(event) => setName(event.target.value)} placeholder="Validate body and parameters" className="h-8 text-xs" aria-invalid={!!problem} />
        <Button size="sm" variant="secondary" onClick={add} pending={create.isPending}>
          Add
        </Button>
      </div>
      <InlineError message={problem ?? (create.isError ? errorMessage(create.error) : null)} />
    </Card>
  );
}

function ValidatorRow({ apiId, validator }: { apiId: string; validator: RequestValidatorJson }) {
  const update = useUpdateRequestValidator(apiId);
  const remove = useDeleteRequestValidator(apiId);
  const [deleting, setDeleting] = useState(false);
  const toggle = (field: "validateRequestBody" | "validateRequestParameters", value: boolean) => update.mutate({ id: validator.id, [field]: value });

  return (
    <li className="flex flex-col gap-1 py-2">
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-xs font-medium text-zinc-800" title={validator.id}>
          {validator.name}
        </span>
        <Button size="sm" variant="ghost" onClick={() => setDeleting(true)} aria-label={`Delete validator ${validator.name}`}>
          Delete
        </Button>
      </div>
      <div className="flex gap-4 text-[11px] text-zinc-600">
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={validator.validateRequestBody} disabled={update.isPending} onChange={(event) => toggle("validateRequestBody", event.target.checked)} className="accent-accent-600" />
          body
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={validator.validateRequestParameters} disabled={update.isPending} onChange={(event) => toggle("validateRequestParameters", event.target.checked)} className="accent-accent-600" />
          parameters
        </label>
      </div>
      <InlineError message={update.isError ? errorMessage(update.error) : null} />
      <ConfirmDialog
        open={deleting}
        title="Delete request validator"
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={() => (remove.reset(), setDeleting(false))}
        onConfirm={() => remove.mutate(validator.id, { onSuccess: () => setDeleting(false) })}
      >
        <p>Delete “{validator.name}”? Methods using it stop validating at their next deployment.</p>
      </ConfirmDialog>
    </li>
  );
}
