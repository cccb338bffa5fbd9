import { z } from "zod";
import { fieldErrors } from "@/components/ui/field-errors";
import type { CreateApiKeyInputJson } from "@/lib/query/types";

/** The create-key form's checks, shown before anything is sent (the server checks the same again). */
const createApiKeyForm = z.object({
  name: z.string().trim().min(1, "Name the key.").max(1024, "Use 1,024 characters or fewer."),
  customerId: z.string().trim().max(1024, "Use 1,024 characters or fewer."),
  description: z.string().trim().max(1024, "Use 1,024 characters or fewer."),
  // AWS: "API Key value should be at least 20 characters" (and at most 128).
  value: z
    .string()
    .trim()
    .refine((v) => v === "" || (v.length >= 20 && v.length <= 128), "A value you choose has 20 to 128 characters; leave it empty to generate one.")
    .refine((v) => /^[\x21-\x7e]*$/.test(v), "Use printable characters without spaces."),
  usagePlanId: z.string(),
  enabled: z.boolean(),
});

export type CreateApiKeyFormField = keyof z.input<typeof createApiKeyForm>;

export function createApiKeyInput(
  form: z.input<typeof createApiKeyForm>,
): { ok: true; input: CreateApiKeyInputJson } | { ok: false; errors: Partial<Record<CreateApiKeyFormField, string>> } {
  const parsed = createApiKeyForm.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors<CreateApiKeyFormField>(parsed.error.issues) };
  const { name, customerId, description, value, usagePlanId, enabled } = parsed.data;
  return {
    ok: true,
    input: {
      name,
      enabled,
      ...(customerId && { customerId }),
      ...(description && { description }),
      ...(value && { value }),
      ...(usagePlanId && { usagePlanId }),
    },
  };
}
