import type { Page, RequestValidatorView } from "../../domain/views";
import { db } from "../../db";
import { findRestApiRowOrThrow } from "../lookups";
import { toRequestValidatorView } from "../mappers";
import { readPage, toPage, type PageRequest } from "../paging";

/** GetRequestValidators, by name then id (names need not be unique). */
export async function listRequestValidators(restApiId: string, opts?: PageRequest): Promise<Page<RequestValidatorView>> {
  await findRestApiRowOrThrow(restApiId);
  const { skip, take } = readPage(opts);
  const rows = await db().requestValidator.findMany({ where: { restApiId } });
  const sorted = rows.sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  const page = toPage(sorted.slice(skip, skip + take + 1), skip, take);
  return { ...page, items: page.items.map(toRequestValidatorView) };
}
