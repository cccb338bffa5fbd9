import { db } from "../../db";
import { toUsagePlanKeyView, usagePlanKeyNotFound, type UsagePlanKeyView } from "./usage-plan-key-view";
import { findUsagePlanRowOrThrow } from "./usage-plan-view";

/** GetUsagePlanKey. */
export async function getUsagePlanKeyOrThrow(usagePlanId: string, keyId: string): Promise<UsagePlanKeyView> {
  await findUsagePlanRowOrThrow(usagePlanId);
  const row = await db().usagePlanKey.findUnique({ where: { usagePlanId_keyId: { usagePlanId, keyId } }, include: { key: true } });
  if (!row) throw usagePlanKeyNotFound();
  return toUsagePlanKeyView(row.key);
}
