import type { IntegrationView } from "../../domain/views";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { applyListEdits, applyMapEdits } from "../../schemas/common";
import { integrationProblem, updateIntegrationSchema, type UpdateIntegrationInput } from "../../schemas/integration.schema";
import { asStringArray, asStringMap } from "../json";
import { findIntegrationRowOrThrow } from "../lookups";
import { toIntegrationView } from "../mappers";
import { parseInput } from "../parse-input";

/**
 * UpdateIntegration: applies the changes to the stored integration, then holds the result to PutIntegration's
 * rules, so a patch cannot leave, say, an HTTP integration without an endpoint.
 */
export async function updateIntegration(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: UpdateIntegrationInput,
): Promise<IntegrationView> {
  const data = parseInput(updateIntegrationSchema, input);
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  const pick = <T>(change: T | undefined, stored: T): T => (change !== undefined ? change : stored);
  const fields = {
    httpMethod: pick(data.httpMethod, integration.httpMethod),
    uri: pick(data.uri, integration.uri),
    connectionType: pick(data.connectionType, integration.connectionType),
    credentials: pick(data.credentials, integration.credentials),
    passthroughBehavior: pick(data.passthroughBehavior, integration.passthroughBehavior),
    timeoutInMillis: pick(data.timeoutInMillis, integration.timeoutInMillis),
    contentHandling: pick(data.contentHandling, integration.contentHandling),
    cacheNamespace: pick(data.cacheNamespace, integration.cacheNamespace),
    requestParameters: applyMapEdits(asStringMap(integration.requestParameters), data.requestParameters).result,
    requestTemplates: applyMapEdits(asStringMap(integration.requestTemplates), data.requestTemplates).result,
    cacheKeyParameters: applyListEdits(asStringArray(integration.cacheKeyParameters), data.cacheKeyParameters),
  };
  const problem = integrationProblem({ type: integration.type, httpMethod: fields.httpMethod, uri: fields.uri });
  if (problem) throw badRequest(problem.message);
  const row = await db().integration.update({
    where: { id: integration.id },
    data: fields,
    include: { integrationResponses: { orderBy: { statusCode: "asc" } } },
  });
  return toIntegrationView(row);
}
