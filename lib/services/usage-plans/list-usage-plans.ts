import { db } from "../../db";
import { readPage, toPage, type PageRequest } from "../paging";
import { toUsagePlanView, type UsagePlanView } from "./usage-plan-view";

/** GetUsagePlans; with keyId, only the plans that key is attached to. */
export async function listUsagePlans(opts: PageRequest & { keyId?: string } = {}): Promise<{ items: UsagePlanView[]; position?: string }> {
  const { skip, take } = readPage(opts);
  const rows = await db().usagePlan.findMany({
    where: opts.keyId ? { keys: { some: { keyId: opts.keyId } } } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take: take + 1,
  });
  const page = toPage(rows, skip, take);
  return { items: page.items.map(toUsagePlanView), position: page.position };
}
