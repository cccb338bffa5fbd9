"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ApiKeyJson } from "@/lib/query/types";
import { useUpdateApiKey } from "@/lib/query/use-api-keys";

/** Name, customer and description; the value changes only by rotating. */
export function EditApiKeyDialog({ apiKey, open, onClose }: { apiKey: ApiKeyJson; open: boolean; onClose: () => void }) {
  const update = useUpdateApiKey(apiKey.id);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    update.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    if (!text("name")) return setError("Name the key.");
    setError(null);
    update.mutate({ name: text("name"), customerId: text("customerId"), description: text("description") }, { onSuccess: close });
  }

  return (
    <Dialog open={open} onClose={close} title="Edit API key">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Name" htmlFor="edit-key-name" error={error}>
          <Input id="edit-key-name" name="name" defaultValue={apiKey.name} aria-invalid={!!error} autoFocus />
        </Field>
        <Field label="Customer ID" htmlFor="edit-key-customer">
          <Input id="edit-key-customer" name="customerId" defaultValue={apiKey.customerId} />
        </Field>
        <Field label="Description" htmlFor="edit-key-description">
          <Input id="edit-key-description" name="description" defaultValue={apiKey.description} />
        </Field>
        <FormActions error={update.isError ? errorMessage(update.error) : null} onCancel={close} submitLabel="Save" pending={update.isPending} />
      </form>
    </Dialog>
  );
}
