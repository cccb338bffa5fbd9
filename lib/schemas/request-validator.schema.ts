import { z } from "zod";
import { verbatim } from "./common";

// AWS's text for a blank name (UpdateRequestValidator); Portico holds CreateRequestValidator to the same rule.
const nameSchema = z
  .string()
  .max(256, "Request validator names are at most 256 characters.")
  .refine((name) => name.trim().length > 0, verbatim("Request Validator name cannot be blank"));

export const createRequestValidatorSchema = z.object({
  name: nameSchema.prefault(""),
  validateRequestBody: z.boolean().default(false),
  validateRequestParameters: z.boolean().default(false),
});
export type CreateRequestValidatorInput = z.input<typeof createRequestValidatorSchema>;

export const updateRequestValidatorSchema = z.object({
  name: nameSchema.optional(),
  validateRequestBody: z.boolean().optional(),
  validateRequestParameters: z.boolean().optional(),
});
export type UpdateRequestValidatorInput = z.input<typeof updateRequestValidatorSchema>;
