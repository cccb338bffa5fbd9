import type { RestApiView } from "../../domain/views";
import { db } from "../../db";
import { applyListEdits } from "../../schemas/common";
import { updateRestApiSchema, type UpdateRestApiInput } from "../../schemas/rest-api.schema";
import { asStringArray } from "../json";
import { findRestApiRowOrThrow, rootResourceIdOf } from "../lookups";
import { toRestApiView } from "../mappers";
import { parseInput } from "../parse-input";

/**
 * UpdateRestApi (name, description, apiKeySource, binaryMediaTypes). The working copy only: deployed stages
 * are untouched until the next deployment.
 */
export async function updateRestApi(restApiId: string, input: UpdateRestApiInput): Promise<RestApiView> {
  const data = parseInput(updateRestApiSchema, input);
  const api = await findRestApiRowOrThrow(restApiId);
  const row = await db().restApi.update({
    where: { id: restApiId },
    data: {
      ...(data.name !== undefined ? { name: data.name } : {}),
      ...(data.description !== undefined ? { description: data.description } : {}),
      ...(data.apiKeySource !== undefined ? { apiKeySource: data.apiKeySource } : {}),
      ...(data.binaryMediaTypes.length ? { binaryMediaTypes: applyListEdits(asStringArray(api.binaryMediaTypes), data.binaryMediaTypes) } : {}),
    },
  });
  return toRestApiView(row, await rootResourceIdOf(restApiId));
}
