import type { MethodResponseView } from "../../domain/views";
import { db } from "../../db";
import { notFound } from "../../errors";
import { applyMapEdits } from "../../schemas/common";
import { updateMethodResponseSchema, type UpdateMethodResponseInput } from "../../schemas/method.schema";
import { asBooleanMap, asStringMap } from "../json";
import { assertModelsExist, findMethodRowOrThrow } from "../lookups";
import { toMethodResponseView } from "../mappers";
import { parseInput } from "../parse-input";

/** UpdateMethodResponse: adds, replaces or removes response header declarations and response models. */
export async function updateMethodResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: UpdateMethodResponseInput,
): Promise<MethodResponseView> {
  const data = parseInput(updateMethodResponseSchema, input);
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  const response = method.methodResponses.find((r) => r.statusCode === statusCode);
  if (!response) throw notFound("Invalid Response status code specified");
  await assertModelsExist(restApiId, data.responseModels.flatMap((edit) => (edit.value !== undefined ? [edit.value] : [])));
  const row = await db().methodResponse.update({
    where: { id: response.id },
    data: {
      responseParameters: applyMapEdits(asBooleanMap(response.responseParameters), data.responseParameters).result,
      responseModels: applyMapEdits(asStringMap(response.responseModels), data.responseModels).result,
    },
  });
  return toMethodResponseView(row);
}
