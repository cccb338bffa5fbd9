import type { ModelView, Page } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { toModelView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";

/**
 * GetModels, by name. Sorted here rather than by the database: SQLite and PostgreSQL collate names differently,
 * and the pages must not depend on which one is in use.
 */
export async function listModels(restApiId: string, opts?: PageRequest): Promise<Page<ModelView>> {
  await findRestApiRowOrThrow(restApiId);
  const { skip, take } = readPage(opts);
  const rows = await db().model.findMany({ where: { restApiId } });
  const sorted = rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const page = toPage(sorted.slice(skip, skip + take + 1), skip, take);
  return { ...page, items: page.items.map(toModelView) };
}
