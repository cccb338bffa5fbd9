import { z } from "zod";
import { HTTP_METHODS } from "../domain/snapshot";
import { booleanMap, stringMap } from "./common";

export const httpMethodSchema = z
  .string()
  .transform((m) => m.toUpperCase())
  .pipe(z.enum(HTTP_METHODS, { message: `Method must be one of ${HTTP_METHODS.join(", ")}.` }));

// Authorizers come with a later issue; NONE is the only type the runtime enforces today, so it is the only one accepted.
export const putMethodSchema = z.object({
  authorizationType: z.enum(["NONE"], { message: "Only authorizationType NONE is supported so far." }).default("NONE"),
  apiKeyRequired: z.boolean().default(false),
  operationName: z.string().max(256).optional(),
  requestParameters: booleanMap.default({}),
  requestModels: stringMap.default({}),
});
export type PutMethodInput = z.input<typeof putMethodSchema>;

export const statusCodeSchema = z.string().regex(/^[1-5]\d\d$/, "Status codes are three digits from 100 to 599.");

export const putMethodResponseSchema = z.object({
  responseParameters: booleanMap.default({}),
  responseModels: stringMap.default({}),
});
export type PutMethodResponseInput = z.input<typeof putMethodResponseSchema>;
