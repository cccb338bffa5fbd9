import { db } from "../../db";
import { notFound } from "../../errors";
import { findIntegrationRowOrThrow } from "../lookups";

export async function deleteIntegrationResponse(restApiId: string, resourceId: string, httpMethod: string, statusCode: string): Promise<void> {
  const { integration } = await findIntegrationRowOrThrow(restApiId, resourceId, httpMethod);
  const row = integration.integrationResponses.find((r) => r.statusCode === statusCode);
  if (!row) throw notFound("Invalid Response status code specified");
  await db().integrationResponse.delete({ where: { id: row.id } });
}
