"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useCreateApiKey } from "@/lib/query/use-api-keys";
import { createApiKeyInput, type CreateApiKeyFormField } from "./api-key-form";
import { PlanPicker } from "./plan-picker";

/** Create a key for a customer, then show its value once (the list only ever shows it masked). */
export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const createKey = useCreateApiKey();
  const [errors, setErrors] = useState<Partial<Record<CreateApiKeyFormField, string>>>({});
  const [usagePlanId, setUsagePlanId] = useState("");
  const created = createKey.data;

  function close() {
    setErrors({});
    setUsagePlanId("");
    createKey.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const result = createApiKeyInput({
      name: text("name"),
      customerId: text("customerId"),
      description: text("description"),
      value: text("value"),
      usagePlanId,
      enabled: data.get("enabled") === "on",
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    createKey.mutate(result.input);
  }

  if (created) {
    return (
      <Dialog open={open} onClose={close} title="API key created" footer={<Button onClick={close}>I have saved the key</Button>}>
        <div className="flex flex-col gap-4">
          <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
            Copy the key now and give it to the customer. Later you can reveal it on the key&apos;s page.
          </p>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">API key for {created.name}</span>
            <CopyField value={created.value} testId="new-api-key-value" />
          </div>
          <p className="text-xs text-zinc-500">
            Clients send it in the <code className="font-mono">x-api-key</code> header.{" "}
            <Link href={`/customers/${encodeURIComponent(created.id)}`} className="text-accent-700 hover:underline">
              Open the key&apos;s page
            </Link>
          </p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} onClose={close} title="Create API key">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Name" htmlFor="api-key-name" error={errors.name}>
          <Input id="api-key-name" name="name" placeholder="acme-production" autoFocus aria-invalid={!!errors.name} />
        </Field>
        <Field label="Customer ID" htmlFor="api-key-customer" error={errors.customerId} hint="Optional: your identifier for the customer (AWS's customerId).">
          <Input id="api-key-customer" name="customerId" placeholder="acme" aria-invalid={!!errors.customerId} />
        </Field>
        <Field label="Description" htmlFor="api-key-description" error={errors.description}>
          <Input id="api-key-description" name="description" aria-invalid={!!errors.description} />
        </Field>
        <Field label="Value" htmlFor="api-key-value" error={errors.value} hint="Optional: leave empty to generate a random key.">
          <Input id="api-key-value" name="value" className="font-mono" autoComplete="off" aria-invalid={!!errors.value} />
        </Field>
        <PlanPicker id="api-key-plan" value={usagePlanId} onChange={setUsagePlanId} hint="The plan's quota and throttling apply to the key." />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="enabled" defaultChecked className="accent-accent-600" />
          Enabled
        </label>
        <FormActions error={createKey.isError ? errorMessage(createKey.error) : null} onCancel={close} submitLabel="Create key" pending={createKey.isPending} />
      </form>
    </Dialog>
  );
}
