import type { Page, ResourceView } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { methodInclude, toResourceView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";

/** GetResources, in path order; with embedMethods the methods come along (AWS's embed=methods). */
export async function listResources(
  restApiId: string,
  opts?: PageRequest & { embedMethods?: boolean },
): Promise<Page<ResourceView>> {
  await findRestApiRowOrThrow(restApiId);
  const { skip, take } = readPage({ limit: opts?.limit ?? 500, position: opts?.position });
  const rows = await db().resource.findMany({
    where: { restApiId },
    orderBy: { path: "asc" },
    skip,
    take: take + 1,
    include: { methods: { include: methodInclude, orderBy: { httpMethod: "asc" } } },
  });
  const page = toPage(rows, skip, take);
  return { ...page, items: page.items.map((row) => toResourceView(row, opts?.embedMethods ? row.methods : undefined)) };
}
