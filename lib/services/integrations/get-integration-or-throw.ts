import type { IntegrationView } from "../../domain/views";
import { findIntegrationRowOrThrow } from "../lookups";
import { toIntegrationView } from "../mappers";

export async function getIntegrationOrThrow(restApiId: string, resourceId: string, httpMethod: string): Promise<IntegrationView> {
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  return toIntegrationView(integration);
}
