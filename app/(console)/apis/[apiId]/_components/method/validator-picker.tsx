"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateRequestValidator, useRequestValidators } from "@/lib/query/use-request-validators";
import { createRequestValidatorSchema } from "@/lib/schemas/request-validator.schema";

const CREATE = "__create__";

export interface ValidatorPickerProps {
  apiId: string;
  value: string;
  onChange: (validatorId: string) => void;
}

/** AWS's request validator select, with a validator created in place rather than on another page. */
export function ValidatorPicker({ apiId, value, onChange }: ValidatorPickerProps) {
  const validators = useRequestValidators(apiId);
  const create = useCreateRequestValidator(apiId);
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState({ name: "", validateRequestBody: true, validateRequestParameters: true });
  const [problem, setProblem] = useState<string | null>(null);

  function submit() {
    const parsed = createRequestValidatorSchema.safeParse(draft);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Check the name.");
    setProblem(null);
    create.mutate(parsed.data, {
      onSuccess: (validator) => {
        onChange(validator.id);
        setCreating(false);
        setDraft({ name: "", validateRequestBody: true, validateRequestParameters: true });
      },
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <Field label="Request validator" htmlFor="method-request-validator" hint="Checks required parameters and the body model before the integration is called.">
        <Select
          id="method-request-validator"
          value={value}
          disabled={validators.isPending}
          onChange={(event) => (event.target.value === CREATE ? setCreating(true) : onChange(event.target.value))}
        >
          <option value="">None</option>
          {validators.data?.map((validator) => (
            <option key={validator.id} value={validator.id}>
              {validator.name} ({[validator.validateRequestBody && "body", validator.validateRequestParameters && "parameters"].filter(Boolean).join(" + ") || "nothing"})
            </option>
          ))}
          <option value={CREATE}>Create a validator…</option>
        </Select>
      </Field>
      {validators.isError && <InlineError message={`Could not load validators: ${errorMessage(validators.error)}`} />}
      {creating && (
        <div className="flex flex-col gap-2 rounded-md border border-zinc-200 bg-zinc-50 p-3" role="group" aria-label="New request validator">
          <Field label="Validator name" htmlFor="new-validator-name" error={problem}>
            <Input id="new-validator-name" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} placeholder="Validate body and parameters" />
          </Field>
          <label className="flex items-center gap-2 text-xs">
            <input type="checkbox" checked={draft.validateRequestBody} onChange={(event) => setDraft({ ...draft, validateRequestBody: event.target.checked })} className="accent-accent-600" />
            Validate body
          </label>
          <label className="flex items-center gap-2 text-xs">
            <input type="checkbox" checked={draft.validateRequestParameters} onChange={(event) => setDraft({ ...draft, validateRequestParameters: event.target.checked })} className="accent-accent-600" />
            Validate query string parameters and headers
          </label>
          <InlineError message={create.isError ? errorMessage(create.error) : null} />
          <div className="flex gap-2">
            <Button size="sm" onClick={submit} pending={create.isPending}>
              Create validator
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setCreating(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
