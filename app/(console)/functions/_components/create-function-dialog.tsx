"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { fieldErrors } from "@/components/ui/field-errors";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { DEFAULT_HANDLER, DEFAULT_RUNTIME } from "@/lib/domain/functions/rules";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateFunction } from "@/lib/query/functions";
import { createFunctionSchema } from "@/lib/schemas/function.schema";
import { functionPath } from "./function-format";
import { RuntimeField } from "./runtime-field";

type Errors = Partial<Record<"functionName" | "description" | "runtime" | "handler", string>>;

/** The file the starter code goes to, as the runtime would look for it ("src/app.main" -> src/app.mjs). */
function starterFile(handler: string): string {
  const slash = handler.lastIndexOf("/");
  const dot = handler.indexOf(".", slash + 1);
  return `${dot > slash + 1 ? handler.slice(0, dot) : "index"}.mjs`;
}

export function CreateFunctionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const createFunction = useCreateFunction();
  const [errors, setErrors] = useState<Errors>({});
  const [handler, setHandler] = useState(DEFAULT_HANDLER);

  function close() {
    setErrors({});
    setHandler(DEFAULT_HANDLER);
    createFunction.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = createFunctionSchema.safeParse({
      functionName: data.get("functionName"),
      description: data.get("description"),
      runtime: data.get("runtime"),
      handler: data.get("handler"),
    });
    if (!parsed.success) {
      setErrors(fieldErrors<keyof Errors>(parsed.error.issues));
      return;
    }
    setErrors({});
    createFunction.mutate(parsed.data, { onSuccess: (fn) => router.push(functionPath(fn.functionName)) });
  }

  return (
    <Dialog open={open} onClose={close} title="Create function" description="A Node.js function with a starter handler you can edit and test right away.">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Name" htmlFor="function-name" error={errors.functionName} hint="Letters, digits, - and _, up to 64 characters.">
          <Input id="function-name" name="functionName" placeholder="pets-api" autoFocus autoComplete="off" aria-invalid={!!errors.functionName} />
        </Field>
        <Field label="Description" htmlFor="function-description" error={errors.description} hint="Optional.">
          <Input id="function-description" name="description" aria-invalid={!!errors.description} />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <RuntimeField id="function-runtime" defaultValue={DEFAULT_RUNTIME} error={errors.runtime} />
          <Field label="Handler" htmlFor="function-handler" error={errors.handler} hint={`Starter code goes to ${starterFile(handler)}.`}>
            <Input
              id="function-handler"
              name="handler"
              value={handler}
              onChange={(event) => setHandler(event.target.value)}
              className="font-mono"
              aria-invalid={!!errors.handler}
            />
          </Field>
        </div>
        <FormActions error={createFunction.isError ? errorMessage(createFunction.error) : null} onCancel={close} submitLabel="Create function" pending={createFunction.isPending} />
      </form>
    </Dialog>
  );
}
