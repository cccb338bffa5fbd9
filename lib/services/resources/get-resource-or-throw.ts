import type { ResourceView } from "../../domain/views";
import { db } from "../../db";
import { findResourceRowOrThrow } from "../lookups";
import { methodInclude, toResourceView } from "../mappers";

export async function getResourceOrThrow(
  restApiId: string,
  resourceId: string,
  opts?: { embedMethods?: boolean },
): Promise<ResourceView> {
  const row = await findResourceRowOrThrow(restApiId, resourceId);
  const methods = opts?.embedMethods
    ? await db().method.findMany({ where: { resourceId }, include: methodInclude, orderBy: { httpMethod: "asc" } })
    : undefined;
  return toResourceView(row, methods);
}
