import type { ModelView } from "../../domain/views";
import { db } from "../../db";
import { updateModelSchema, type UpdateModelInput } from "../../schemas/model.schema";
import { findModelRowOrThrow } from "../lookups";
import { toModelView } from "../mappers";
import { parseInput } from "../parse-input";
import { assertDraft4Schema } from "./assert-draft4-schema";

/** UpdateModel (schema, description). Deployed stages keep the schema they were deployed with. */
export async function updateModel(restApiId: string, modelName: string, input: UpdateModelInput): Promise<ModelView> {
  const model = await findModelRowOrThrow(restApiId, modelName);
  const data = parseInput(updateModelSchema, input);
  if (data.schema !== undefined) await assertDraft4Schema(restApiId, model.name, data.schema);
  const row = await db().model.update({ where: { id: model.id }, data });
  return toModelView(row);
}
