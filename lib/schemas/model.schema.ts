import { z } from "zod";
import { verbatim } from "./common";

// AWS's texts: an empty or non-JSON schema is refused with these exact messages.
export const EMPTY_MODEL_SCHEMA = "Model schema must have at least 1 property or array items defined";
// Written out rather than imported from lib/domain/models, which pulls Ajv into any form that uses this file.
export const INVALID_MODEL_SCHEMA = "Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]";

// 400 KB is AWS's documented model size limit.
const MAX_SCHEMA_BYTES = 400 * 1024;

/** AWS: "The name of the model. Must be alphanumeric." */
export const modelNameSchema = z.string().superRefine((name, ctx) => {
  if (!name) ctx.addIssue({ code: "custom", ...verbatim("Model name must be non-empty") });
  else if (!/^[A-Za-z0-9]+$/.test(name)) ctx.addIssue({ code: "custom", ...verbatim("Model name must be alphanumeric") });
});

/**
 * Why a schema text is refused, in AWS's words; null when it is a JSON object. The draft-4 rules (keywords,
 * $refs to the API's models) need the API, so the model services check those (assert-draft4-schema.ts).
 */
export function modelSchemaProblem(schema: string): string | null {
  if (!schema.trim()) return EMPTY_MODEL_SCHEMA;
  if (Buffer.byteLength(schema, "utf8") > MAX_SCHEMA_BYTES) return "Model schema is larger than 400 KB";
  try {
    const parsed: unknown = JSON.parse(schema);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? null : INVALID_MODEL_SCHEMA;
  } catch {
    return INVALID_MODEL_SCHEMA;
  }
}

export const modelSchemaTextSchema = z.string().superRefine((schema, ctx) => {
  const problem = modelSchemaProblem(schema);
  if (problem) ctx.addIssue({ code: "custom", ...verbatim(problem) });
});

export const createModelSchema = z.object({
  name: modelNameSchema,
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").default(""),
  // AWS's model marks contentType required; a missing one means the JSON models everyone uses.
  contentType: z.string().trim().min(1).max(256).default("application/json"),
  // prefault, not default: a missing schema is validated as "" and gets AWS's "at least 1 property" answer.
  schema: modelSchemaTextSchema.prefault(""),
});
export type CreateModelInput = z.input<typeof createModelSchema>;

export const updateModelSchema = z.object({
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").optional(),
  schema: modelSchemaTextSchema.optional(),
});
export type UpdateModelInput = z.input<typeof updateModelSchema>;
