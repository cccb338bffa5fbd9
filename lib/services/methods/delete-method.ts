import { db } from "../../db";
import { findMethodRowOrThrow } from "../lookups";

/** DeleteMethod, with its integration and responses. */
export async function deleteMethod(restApiId: string, resourceId: string, httpMethod: string): Promise<void> {
  const row = await findMethodRowOrThrow(restApiId, resourceId, httpMethod);
  await db().method.delete({ where: { id: row.id } });
}
