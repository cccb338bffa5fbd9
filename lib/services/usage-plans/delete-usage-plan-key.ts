import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { usagePlanKeyNotFound } from "./usage-plan-key-view";
import { findUsagePlanRowOrThrow } from "./usage-plan-view";

/** DeleteUsagePlanKey: the key stays; it no longer passes this plan's stages. */
export async function deleteUsagePlanKey(usagePlanId: string, keyId: string): Promise<void> {
  await findUsagePlanRowOrThrow(usagePlanId);
  await db().$transaction(async (tx) => {
    const removed = await tx.usagePlanKey.deleteMany({ where: { usagePlanId, keyId } });
    if (removed.count === 0) throw usagePlanKeyNotFound();
    await bumpConfigVersion(tx);
  });
}
