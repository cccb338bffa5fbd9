import type { MethodResponseView } from "../../domain/views";
import { db } from "../../db";
import { newRowId } from "../../ids";
import { putMethodResponseSchema, statusCodeSchema, type PutMethodResponseInput } from "../../schemas/method.schema";
import { assertModelsExist, findMethodRowOrThrow } from "../lookups";
import { toMethodResponseView } from "../mappers";
import { parseInput } from "../parse-input";

/** PutMethodResponse: creates or replaces the method response for a status code. */
export async function putMethodResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: PutMethodResponseInput,
): Promise<MethodResponseView> {
  const code = parseInput(statusCodeSchema, statusCode);
  const data = parseInput(putMethodResponseSchema, input);
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  await assertModelsExist(restApiId, Object.values(data.responseModels));
  const row = await db().methodResponse.upsert({
    where: { methodId_statusCode: { methodId: method.id, statusCode: code } },
    create: { id: newRowId(), methodId: method.id, statusCode: code, ...data },
    update: data,
  });
  return toMethodResponseView(row);
}
