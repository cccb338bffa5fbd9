import type { ModelView } from "../../domain/views";
import { db } from "../../db";
import { updateModelSchema, type UpdateModelInput } from "../../schemas/model.schema";
import { findModelRowOrThrow } from "../lookups";
import { toModelView } from "../mappers";
import { parseInput } from "../parse-input";

/** UpdateModel (schema, description). Deployed stages keep the schema they were deployed with. */
export async function updateModel(restApiId: string, modelName: string, input: UpdateModelInput): Promise<ModelView> {
  const model = await findModelRowOrThrow(restApiId, modelName);
  const data = parseInput(updateModelSchema, input);
  const row = await db().model.update({ where: { id: model.id }, data });
  return toModelView(row);
}
