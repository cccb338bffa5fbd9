import { fieldErrors } from "@/components/ui/field-errors";
import { consoleCreateApiKeySchema, type ConsoleCreateApiKeyInput } from "@/lib/schemas/api-key.schema";

/** The create-key form as typed: every field text, the plan "" for none. */
export interface CreateApiKeyForm {
  name: string;
  customerId: string;
  description: string;
  value: string;
  usagePlanId: string;
  enabled: boolean;
}

export type CreateApiKeyFormField = keyof CreateApiKeyForm;

/** The body to send, or the schema's messages per field: the route checks the same schema again. */
export function createApiKeyInput(form: CreateApiKeyForm): { ok: true; input: ConsoleCreateApiKeyInput } | { ok: false; errors: Partial<Record<CreateApiKeyFormField, string>> } {
  const customerId = form.customerId.trim();
  const description = form.description.trim();
  const value = form.value.trim();
  const input: ConsoleCreateApiKeyInput = {
    name: form.name,
    enabled: form.enabled,
    ...(customerId && { customerId }),
    ...(description && { description }),
    // Left empty, the server generates the value.
    ...(value && { value }),
    ...(form.usagePlanId && { usagePlanId: form.usagePlanId }),
  };
  const parsed = consoleCreateApiKeySchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors<CreateApiKeyFormField>(parsed.error.issues) };
  return { ok: true, input: { ...input, name: parsed.data.name } };
}
