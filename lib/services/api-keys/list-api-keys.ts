import { db } from "../../db";
import { listApiKeysSchema, type ListApiKeysInput } from "../../schemas/api-key.schema";
import { readPage, toPage } from "../paging";
import { parseInput } from "../parse-input";
import { toApiKeyView, type ApiKeyView } from "./api-key-view";

/** GetApiKeys: nameQuery is a name prefix (as AWS matches it), customerId exact; values only with includeValues. */
export async function listApiKeys(input: ListApiKeysInput = {}): Promise<{ items: ApiKeyView[]; position?: string }> {
  const data = parseInput(listApiKeysSchema, input);
  const { skip, take } = readPage(data);
  const rows = await db().apiKey.findMany({
    where: {
      ...(data.nameQuery ? { name: { startsWith: data.nameQuery } } : {}),
      ...(data.customerId ? { customerId: data.customerId } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take: take + 1,
  });
  const page = toPage(rows, skip, take);
  return { items: page.items.map((row) => toApiKeyView(row, data.includeValues)), position: page.position };
}
