import { z } from "zod";
import { listEditsSchema, stringMap } from "./common";

export const restApiNameSchema = z.string().trim().min(1, "Give the API a name.").max(1024, "Names are at most 1024 characters.");

const apiKeySourceSchema = z.enum(["HEADER", "AUTHORIZER"], { message: "apiKeySource must be HEADER or AUTHORIZER." });

// AWS stores any non-empty text here (even "-"), so Portico does not hold it to type/subtype either.
const mediaTypeSchema = z.string().min(1, "A binary media type cannot be empty.").max(256);

export const createRestApiSchema = z.object({
  name: restApiNameSchema,
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").default(""),
  version: z.string().max(128).optional(),
  apiKeySource: apiKeySourceSchema.default("HEADER"),
  endpointTypes: z.array(z.enum(["EDGE", "REGIONAL", "PRIVATE"])).max(1).default(["EDGE"]),
  binaryMediaTypes: z.array(mediaTypeSchema).default([]),
  disableExecuteApiEndpoint: z.boolean().default(false),
  tags: stringMap.default({}),
});
export type CreateRestApiInput = z.input<typeof createRestApiSchema>;

/** An update after AWS patch operations have been read. */
export const updateRestApiSchema = z.object({
  name: restApiNameSchema.optional(),
  description: z.string().max(4096, "Descriptions are at most 4096 characters.").optional(),
  apiKeySource: apiKeySourceSchema.optional(),
  binaryMediaTypes: listEditsSchema,
});
export type UpdateRestApiInput = z.input<typeof updateRestApiSchema>;
