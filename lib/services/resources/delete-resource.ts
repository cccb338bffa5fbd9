import { db } from "../../db";
import { badRequest } from "../../errors";
import { findResourceRowOrThrow } from "../lookups";

/** DeleteResource: the resource and everything below it. The root cannot be deleted (as on AWS). */
export async function deleteResource(restApiId: string, resourceId: string): Promise<void> {
  const row = await findResourceRowOrThrow(restApiId, resourceId);
  if (!row.parentId) throw badRequest("Cannot delete the root resource.");
  // Children cascade through the parent relation; paths below are removed explicitly as well
  // because SQLite and PostgreSQL differ in how deep cascades are reported.
  const prefix = `${row.path}/`;
  await db().$transaction([
    db().resource.deleteMany({ where: { restApiId, path: { startsWith: prefix } } }),
    db().resource.delete({ where: { id: row.id } }),
  ]);
}
