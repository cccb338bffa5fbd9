import { db } from "../../db";
import { badRequest } from "../../errors";
import { findResourceRowOrThrow } from "../lookups";

/** DeleteResource: the resource and everything below it. The root cannot be deleted (as on AWS). */
export async function deleteResource(restApiId: string, resourceId: string): Promise<void> {
  const row = await findResourceRowOrThrow(restApiId, resourceId);
  if (!row.parentId) throw badRequest("Cannot delete the root resource.");
  // The subtree, its methods and integrations go with it through the schema's cascades (SQLite runs with
  // foreign keys on, as PostgreSQL always does).
  await db().resource.delete({ where: { id: row.id } });
}
