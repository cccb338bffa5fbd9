import { db } from "../../db";
import { readPage, toPage, type PageRequest } from "../paging";
import { toUsagePlanKeyView, type UsagePlanKeyView } from "./usage-plan-key-view";
import { findUsagePlanRowOrThrow } from "./usage-plan-view";

/** GetUsagePlanKeys; nameQuery is a key-name prefix. */
export async function listUsagePlanKeys(
  usagePlanId: string,
  opts: PageRequest & { nameQuery?: string } = {},
): Promise<{ items: UsagePlanKeyView[]; position?: string }> {
  await findUsagePlanRowOrThrow(usagePlanId);
  const { skip, take } = readPage(opts);
  const rows = await db().usagePlanKey.findMany({
    where: { usagePlanId, ...(opts.nameQuery ? { key: { name: { startsWith: opts.nameQuery } } } : {}) },
    include: { key: true },
    orderBy: [{ createdAt: "asc" }, { keyId: "asc" }],
    skip,
    take: take + 1,
  });
  const page = toPage(rows, skip, take);
  return { items: page.items.map((row) => toUsagePlanKeyView(row.key)), position: page.position };
}
