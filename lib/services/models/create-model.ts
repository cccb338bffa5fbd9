import { randomBytes } from "node:crypto";
import type { ModelView } from "../../domain/views";
import { awsIdFromBytes } from "../../domain/ids";
import { db } from "../../db";
import { conflict } from "../../errors";
import { createModelSchema, type CreateModelInput } from "../../schemas/model.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { assertDraft4Schema } from "./assert-draft4-schema";
import { toModelView } from "../mappers";
import { parseInput } from "../parse-input";

/** 6 lowercase alphanumerics, as AWS writes model and request validator ids. */
export const newShortAwsId = () => awsIdFromBytes(randomBytes(6), 6);

/** CreateModel: a named JSON Schema of the API; a name is used once per API (AWS's ConflictException). */
export async function createModel(restApiId: string, input: CreateModelInput): Promise<ModelView> {
  await findRestApiRowOrThrow(restApiId);
  const data = parseInput(createModelSchema, input);
  const existing = await db().model.findUnique({ where: { restApiId_name: { restApiId, name: data.name } } });
  if (existing) throw conflict("Model name already exists for this REST API");
  await assertDraft4Schema(restApiId, data.name, data.schema);
  const row = await db().model.create({ data: { id: newShortAwsId(), restApiId, ...data } });
  return toModelView(row);
}
