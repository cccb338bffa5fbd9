import type { Page, RestApiView } from "../../domain/views";
import { db } from "../../db";
import { toRestApiView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";

/** GetRestApis, oldest first as AWS lists them. */
export async function listRestApis(opts?: PageRequest): Promise<Page<RestApiView>> {
  const { skip, take } = readPage(opts);
  const rows = await db().restApi.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take: take + 1,
    include: { resources: { where: { parentId: null }, select: { id: true } } },
  });
  const page = toPage(rows, skip, take);
  return { ...page, items: page.items.map((row) => toRestApiView(row, row.resources[0]?.id ?? "")) };
}
