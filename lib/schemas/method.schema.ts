import { z } from "zod";
import { HTTP_METHODS } from "../domain/snapshot";
import { booleanMap, mapEditsSchema, stringMap, verbatim } from "./common";

export const httpMethodSchema = z
  .string()
  .transform((m) => m.toUpperCase())
  .pipe(z.enum(HTTP_METHODS, { message: `Method must be one of ${HTTP_METHODS.join(", ")}.` }));

// Authorizers come with a later issue; NONE is the only type the runtime enforces today, so it is the only one accepted.
const authorizationTypeSchema = z.string().pipe(z.enum(["NONE"], { message: "Only authorizationType NONE is supported so far." }));

export const DUPLICATE_PARAMETER_NAMES = "Parameter names must be unique across querystring, header and path";

/** AWS matches request parameters by their last part, so a header and a query string may not share a name. */
export const uniqueParameterNames = (parameters: Record<string, boolean>) =>
  new Set(Object.keys(parameters).map((key) => key.slice(key.lastIndexOf(".") + 1))).size === Object.keys(parameters).length;

export const putMethodSchema = z.object({
  authorizationType: authorizationTypeSchema.default("NONE"),
  apiKeyRequired: z.boolean().default(false),
  operationName: z.string().max(256).optional(),
  requestParameters: booleanMap
    .refine(uniqueParameterNames, verbatim(DUPLICATE_PARAMETER_NAMES))
    .default({}),
  requestModels: stringMap.default({}),
  requestValidatorId: z.string().min(1).optional(),
});
export type PutMethodInput = z.input<typeof putMethodSchema>;

/** An update after AWS patch operations have been read; null clears an optional field. */
export const updateMethodSchema = z.object({
  authorizationType: authorizationTypeSchema.optional(),
  apiKeyRequired: z.boolean().optional(),
  operationName: z.string().max(256).nullable().optional(),
  requestValidatorId: z.string().min(1).nullable().optional(),
  requestParameters: mapEditsSchema(z.boolean()),
  requestModels: mapEditsSchema(z.string().min(1)),
});
export type UpdateMethodInput = z.input<typeof updateMethodSchema>;

export const statusCodeSchema = z.string().regex(/^[1-5]\d\d$/, "Status codes are three digits from 100 to 599.");

export const putMethodResponseSchema = z.object({
  responseParameters: booleanMap.default({}),
  responseModels: stringMap.default({}),
});
export type PutMethodResponseInput = z.input<typeof putMethodResponseSchema>;

export const updateMethodResponseSchema = z.object({
  responseParameters: mapEditsSchema(z.boolean()),
  responseModels: mapEditsSchema(z.string().min(1)),
});
export type UpdateMethodResponseInput = z.input<typeof updateMethodResponseSchema>;
