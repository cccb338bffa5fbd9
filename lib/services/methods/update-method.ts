import type { MethodView } from "../../domain/views";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { applyMapEdits } from "../../schemas/common";
import { DUPLICATE_PARAMETER_NAMES, uniqueParameterNames, updateMethodSchema, type UpdateMethodInput } from "../../schemas/method.schema";
import { asBooleanMap, asStringMap } from "../json";
import { assertModelsExist, assertRequestValidatorExists, findMethodRowOrThrow } from "../lookups";
import { methodInclude, toMethodView } from "../mappers";
import { parseInput } from "../parse-input";

/** UpdateMethod: what AWS's patch paths change; null clears operationName or requestValidatorId. */
export async function updateMethod(restApiId: string, resourceId: string, httpMethod: string, input: UpdateMethodInput): Promise<MethodView> {
  const data = parseInput(updateMethodSchema, input);
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  const requestParameters = applyMapEdits(asBooleanMap(method.requestParameters), data.requestParameters).result;
  if (!uniqueParameterNames(requestParameters)) throw badRequest(DUPLICATE_PARAMETER_NAMES);
  const requestModels = applyMapEdits(asStringMap(method.requestModels), data.requestModels).result;
  await assertModelsExist(restApiId, data.requestModels.flatMap((edit) => (edit.value !== undefined ? [edit.value] : [])));
  if (data.requestValidatorId) await assertRequestValidatorExists(restApiId, data.requestValidatorId);
  const row = await db().method.update({
    where: { id: method.id },
    data: {
      requestParameters,
      requestModels,
      ...(data.authorizationType !== undefined ? { authorizationType: data.authorizationType } : {}),
      ...(data.apiKeyRequired !== undefined ? { apiKeyRequired: data.apiKeyRequired } : {}),
      ...(data.operationName !== undefined ? { operationName: data.operationName } : {}),
      ...(data.requestValidatorId !== undefined ? { requestValidatorId: data.requestValidatorId } : {}),
    },
    include: methodInclude,
  });
  return toMethodView(row);
}
