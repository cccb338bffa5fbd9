import type { MethodView } from "../../domain/views";
import { db } from "../../db";
import { conflict } from "../../errors";
import { newRowId } from "../../ids";
import { httpMethodSchema, putMethodSchema, type PutMethodInput } from "../../schemas/method.schema";
import { assertModelsExist, assertRequestValidatorExists, findResourceRowOrThrow } from "../lookups";
import { methodInclude, toMethodView } from "../mappers";
import { parseInput } from "../parse-input";

/**
 * PutMethod: adds a method to a resource; AWS answers ConflictException when it exists already. The request
 * validator and the request models it names must exist in the API.
 */
export async function putMethod(restApiId: string, resourceId: string, httpMethod: string, input: PutMethodInput): Promise<MethodView> {
  const method = parseInput(httpMethodSchema, httpMethod);
  const data = parseInput(putMethodSchema, input);
  const resource = await findResourceRowOrThrow(restApiId, resourceId);
  if (data.requestValidatorId) await assertRequestValidatorExists(restApiId, data.requestValidatorId);
  await assertModelsExist(restApiId, Object.values(data.requestModels));
  const existing = await db().method.findUnique({ where: { resourceId_httpMethod: { resourceId: resource.id, httpMethod: method } } });
  if (existing) throw conflict("Method already exists for this resource");
  const row = await db().method.create({
    data: {
      id: newRowId(),
      resourceId: resource.id,
      httpMethod: method,
      authorizationType: data.authorizationType,
      apiKeyRequired: data.apiKeyRequired,
      operationName: data.operationName ?? null,
      requestParameters: data.requestParameters,
      requestModels: data.requestModels,
      requestValidatorId: data.requestValidatorId ?? null,
    },
    include: methodInclude,
  });
  return toMethodView(row);
}
