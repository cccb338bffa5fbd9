import { checkModelSchema } from "../../domain/models/check-model-schema";
import { db } from "../../db";
import { badRequest } from "../../errors";

/**
 * AWS's draft-4 check of a model schema (keywords, meta-schema, $refs to the API's models), answered in AWS's
 * words. The model itself counts as a $ref target, so a schema may refer to itself.
 */
export async function assertDraft4Schema(restApiId: string, modelName: string, schema: string): Promise<void> {
  const models = await db().model.findMany({ where: { restApiId }, select: { name: true } });
  const check = checkModelSchema(schema, { restApiId, modelNames: [...models.map((m) => m.name), modelName] });
  if (!check.ok) throw badRequest(check.message);
}
