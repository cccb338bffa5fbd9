import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { findUsagePlanRowOrThrow } from "./usage-plan-view";

/** DeleteUsagePlan: its key attachments go with it; keys themselves stay. */
export async function deleteUsagePlan(usagePlanId: string): Promise<void> {
  await findUsagePlanRowOrThrow(usagePlanId);
  await db().$transaction(async (tx) => {
    await tx.usagePlan.delete({ where: { id: usagePlanId } });
    await tx.quotaAdjustment.deleteMany({ where: { usagePlanId } });
    await bumpConfigVersion(tx);
  });
}
