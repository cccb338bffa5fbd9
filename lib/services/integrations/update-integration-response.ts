import type { IntegrationResponseView } from "../../domain/views";
import { db } from "../../db";
import { notFound } from "../../errors";
import { applyMapEdits } from "../../schemas/common";
import { updateIntegrationResponseSchema, type UpdateIntegrationResponseInput } from "../../schemas/integration.schema";
import { asStringMap } from "../json";
import { findIntegrationRowOrThrow } from "../lookups";
import { toIntegrationResponseView } from "../mappers";
import { parseInput } from "../parse-input";
import { assertSelectionPattern } from "./put-integration-response";

/** UpdateIntegrationResponse: selectionPattern, contentHandling, and edits of the parameter and template maps. */
export async function updateIntegrationResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: UpdateIntegrationResponseInput,
): Promise<IntegrationResponseView> {
  const data = parseInput(updateIntegrationResponseSchema, input);
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  const response = integration.integrationResponses.find((r) => r.statusCode === statusCode);
  if (!response) throw notFound("Invalid Response status code specified");
  assertSelectionPattern(data.selectionPattern);
  const row = await db().integrationResponse.update({
    where: { id: response.id },
    data: {
      ...(data.selectionPattern !== undefined ? { selectionPattern: data.selectionPattern } : {}),
      ...(data.contentHandling !== undefined ? { contentHandling: data.contentHandling } : {}),
      responseParameters: applyMapEdits(asStringMap(response.responseParameters), data.responseParameters).result,
      responseTemplates: applyMapEdits(asStringMap(response.responseTemplates), data.responseTemplates).result,
    },
  });
  return toIntegrationResponseView(row);
}
