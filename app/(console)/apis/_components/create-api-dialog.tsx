"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { fieldErrors } from "@/components/ui/field-errors";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateApi } from "@/lib/query/use-apis";
import { createRestApiSchema } from "@/lib/schemas/rest-api.schema";

type Errors = { name?: string; description?: string };

export function CreateApiDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const createApi = useCreateApi();
  const [errors, setErrors] = useState<Errors>({});

  function close() {
    setErrors({});
    createApi.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = createRestApiSchema.safeParse({ name: data.get("name"), description: data.get("description") });
    if (!parsed.success) {
      setErrors(fieldErrors<keyof Errors>(parsed.error.issues));
      return;
    }
    setErrors({});
    createApi.mutate(parsed.data, { onSuccess: (api) => router.push(`/apis/${api.id}`) });
  }

  return (
    <Dialog open={open} onClose={close} title="Create API" description="A REST API starts with the root resource /.">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Name" htmlFor="api-name" error={errors.name}>
          <Input id="api-name" name="name" placeholder="Pet store" autoFocus aria-invalid={!!errors.name} />
        </Field>
        <Field label="Description" htmlFor="api-description" error={errors.description} hint="Optional.">
          <Textarea id="api-description" name="description" rows={3} className="font-sans" />
        </Field>
        <FormActions error={createApi.isError ? errorMessage(createApi.error) : null} onCancel={close} submitLabel="Create API" pending={createApi.isPending} />
      </form>
    </Dialog>
  );
}
