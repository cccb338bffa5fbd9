import type { ModelView } from "../../domain/views";
import { findModelRowOrThrow } from "../lookups";
import { toModelView } from "../mappers";

export async function getModelOrThrow(restApiId: string, modelName: string): Promise<ModelView> {
  return toModelView(await findModelRowOrThrow(restApiId, modelName));
}
