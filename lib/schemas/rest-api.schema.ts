import { z } from "zod";
import { stringMap } from "./common";

export const restApiNameSchema = z.string().trim().min(1, "Give the API a name.").max(1024, "Names are at most 1024 characters.");

export const createRestApiSchema = z.object({
  name: restApiNameSchema,
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").default(""),
  version: z.string().max(128).optional(),
  apiKeySource: z.enum(["HEADER", "AUTHORIZER"]).default("HEADER"),
  endpointTypes: z.array(z.enum(["EDGE", "REGIONAL", "PRIVATE"])).max(1).default(["EDGE"]),
  binaryMediaTypes: z.array(z.string().min(1)).default([]),
  disableExecuteApiEndpoint: z.boolean().default(false),
  tags: stringMap.default({}),
});
export type CreateRestApiInput = z.input<typeof createRestApiSchema>;

export const updateRestApiSchema = z.object({
  name: restApiNameSchema.optional(),
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").optional(),
});
export type UpdateRestApiInput = z.input<typeof updateRestApiSchema>;
