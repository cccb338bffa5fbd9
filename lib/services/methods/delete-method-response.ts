import { db } from "../../db";
import { notFound } from "../../errors";
import { findMethodRowOrThrow } from "../lookups";

export async function deleteMethodResponse(restApiId: string, resourceId: string, httpMethod: string, statusCode: string): Promise<void> {
  const method = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  const row = method.methodResponses.find((r) => r.statusCode === statusCode);
  if (!row) throw notFound("Invalid Response status code specified");
  await db().methodResponse.delete({ where: { id: row.id } });
}
