"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateAccessKey } from "@/lib/query/use-access-keys";
import { createAccessKeySchema } from "@/lib/schemas/auth.schema";

/** Create, then show the secret exactly once: the server never returns it again. */
export function CreateAccessKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const createKey = useCreateAccessKey();
  const [error, setError] = useState<string | null>(null);
  const created = createKey.data;

  function close() {
    setError(null);
    createKey.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createAccessKeySchema.safeParse({ description: new FormData(event.currentTarget).get("description") });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the description.");
    setError(null);
    createKey.mutate(parsed.data);
  }

  if (created) {
    return (
      <Dialog open={open} onClose={close} title="Access key created" footer={<Button onClick={close}>I have saved the secret</Button>}>
        <div className="flex flex-col gap-4">
          <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
            This is the only time the secret access key is shown. Copy it now and keep it somewhere safe.
          </p>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Access key ID</span>
            <CopyField value={created.accessKeyId} testId="new-access-key-id" />
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Secret access key</span>
            <CopyField value={created.secretAccessKey} testId="new-secret-access-key" />
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} onClose={close} title="Create access key">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Description" htmlFor="access-key-description" error={error} hint="Optional, e.g. what uses the key.">
          <Input id="access-key-description" name="description" placeholder="CI deploys" autoFocus />
        </Field>
        <FormActions error={createKey.isError ? errorMessage(createKey.error) : null} onCancel={close} submitLabel="Create key" pending={createKey.isPending} />
      </form>
    </Dialog>
  );
}
