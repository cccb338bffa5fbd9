import type { IntegrationResponseView } from "../../domain/views";
import { notFound } from "../../errors";
import { findIntegrationRowOrThrow } from "../lookups";
import { toIntegrationResponseView } from "../mappers";

export async function getIntegrationResponseOrThrow(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
): Promise<IntegrationResponseView> {
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  const row = integration.integrationResponses.find((r) => r.statusCode === statusCode);
  if (!row) throw notFound("Invalid Response status code specified");
  return toIntegrationResponseView(row);
}
