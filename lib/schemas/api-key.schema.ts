import { z } from "zod";
import { stringMap } from "./common";

// AWS: names up to 1024 characters, given values 20..128 characters (api-key-file-format).
export const apiKeyNameSchema = z.string().trim().min(1, "Give the key a name.").max(1024, "Names are at most 1024 characters.");
export const apiKeyValueSchema = z
  .string()
  .min(20, "API Key value should be at least 20 characters")
  .max(128, "API Key value should be at most 128 characters");
const descriptionSchema = z.string().max(4096, "Descriptions are at most 4096 characters.");
const customerIdSchema = z.string().max(1024, "Customer ids are at most 1024 characters.");

export const createApiKeySchema = z.object({
  name: apiKeyNameSchema,
  description: descriptionSchema.default(""),
  // AWS creates keys disabled unless asked; the console asks for enabled keys by default.
  enabled: z.boolean().default(false),
  customerId: customerIdSchema.optional(),
  value: apiKeyValueSchema.optional(),
  tags: stringMap.default({}),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

/** UpdateApiKey after patch operations are read, and the console's PATCH body. null customerId clears it. */
export const updateApiKeySchema = z.object({
  name: apiKeyNameSchema.optional(),
  description: descriptionSchema.optional(),
  enabled: z.boolean().optional(),
  customerId: customerIdSchema.nullable().optional(),
});
export type UpdateApiKeyInput = z.input<typeof updateApiKeySchema>;

export const listApiKeysSchema = z.object({
  nameQuery: z.string().optional(),
  customerId: z.string().optional(),
  includeValues: z.boolean().default(false),
  position: z.string().optional(),
  limit: z.number().int().optional(),
});
export type ListApiKeysInput = z.input<typeof listApiKeysSchema>;

/** The console's create body: AWS's fields plus the plan to attach the new key to. */
export const consoleCreateApiKeySchema = createApiKeySchema.extend({
  enabled: z.boolean().default(true),
  usagePlanId: z.string().min(1).nullish(),
});
export type ConsoleCreateApiKeyInput = z.input<typeof consoleCreateApiKeySchema>;

export const moveApiKeyPlanSchema = z.object({ usagePlanId: z.string().min(1).nullable() });

export const importApiKeysSchema = z.object({
  csv: z.string().max(6 * 1024 * 1024, "An import file is at most 6 MB."),
  failOnWarnings: z.boolean().default(false),
});
export type ImportApiKeysInput = z.input<typeof importApiKeysSchema>;

export const usageDaysSchema = z.coerce.number().int().min(1, "days is 1 to 90.").max(90, "days is 1 to 90.").default(30);
