import type { RestApiView } from "../../domain/views";
import { db } from "../../db";
import { updateRestApiSchema, type UpdateRestApiInput } from "../../schemas/rest-api.schema";
import { findRestApiRowOrThrow, rootResourceIdOf } from "../lookups";
import { toRestApiView } from "../mappers";
import { parseInput } from "../parse-input";

/** UpdateRestApi (name, description). The working copy only: deployed stages are untouched. */
export async function updateRestApi(restApiId: string, input: UpdateRestApiInput): Promise<RestApiView> {
  const data = parseInput(updateRestApiSchema, input);
  await findRestApiRowOrThrow(restApiId);
  const row = await db().restApi.update({ where: { id: restApiId }, data });
  return toRestApiView(row, await rootResourceIdOf(restApiId));
}
