import { db } from "../../db";
import { findIntegrationRowOrThrow } from "../lookups";

export async function deleteIntegration(restApiId: string, resourceId: string, httpMethod: string): Promise<void> {
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  await db().integration.delete({ where: { id: integration.id } });
}
