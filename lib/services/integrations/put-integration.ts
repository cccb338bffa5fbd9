import type { IntegrationView } from "../../domain/views";
import { db } from "../../db";
import { newRowId } from "../../ids";
import { putIntegrationSchema, type PutIntegrationInput } from "../../schemas/integration.schema";
import { findMethodRowOrThrow } from "../lookups";
import { toIntegrationView } from "../mappers";
import { parseInput } from "../parse-input";

/**
 * PutIntegration: creates or replaces the method's integration (MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY, with
 * AWS's rules on uri and httpMethod per type). Integration responses already set stay, so editing the backend
 * in the console does not lose the response mapping.
 */
export async function putIntegration(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: PutIntegrationInput,
): Promise<IntegrationView> {
  const data = parseInput(putIntegrationSchema, input);
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  const fields = {
    type: data.type,
    httpMethod: data.httpMethod ?? null,
    uri: data.uri ?? null,
    connectionType: data.connectionType,
    credentials: data.credentials ?? null,
    requestParameters: data.requestParameters,
    requestTemplates: data.requestTemplates,
    passthroughBehavior: data.passthroughBehavior,
    timeoutInMillis: data.timeoutInMillis,
    contentHandling: data.contentHandling ?? null,
    cacheKeyParameters: data.cacheKeyParameters,
    cacheNamespace: data.cacheNamespace ?? null,
  };
  const row = await db().integration.upsert({
    where: { methodId: method.id },
    create: { id: newRowId(), methodId: method.id, ...fields },
    update: fields,
    include: { integrationResponses: { orderBy: { statusCode: "asc" } } },
  });
  return toIntegrationView(row);
}
