import { db } from "../../db";
import { moveApiKeyPlanSchema } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { assertNoStageConflict } from "../usage-plans/usage-plan-checks";
import { findUsagePlanRowOrThrow, readApiStages } from "../usage-plans/usage-plan-view";
import { findApiKeyRowOrThrow } from "./api-key-view";

/** The console's plan move: the key leaves every plan it is in and joins `usagePlanId` (none when null), in one step. */
export async function moveApiKeyPlan(keyId: string, input: unknown): Promise<{ usagePlanId: string | null }> {
  const { usagePlanId } = parseInput(moveApiKeyPlanSchema, input);
  await findApiKeyRowOrThrow(keyId);
  const plan = usagePlanId ? await findUsagePlanRowOrThrow(usagePlanId) : null;
  await db().$transaction(async (tx) => {
    await tx.usagePlanKey.deleteMany({ where: { keyId, ...(plan ? { usagePlanId: { not: plan.id } } : {}) } });
    if (plan && !(await tx.usagePlanKey.findUnique({ where: { usagePlanId_keyId: { usagePlanId: plan.id, keyId } } }))) {
      await assertNoStageConflict(tx, plan.id, [keyId], readApiStages(plan.apiStages));
      await tx.usagePlanKey.create({ data: { usagePlanId: plan.id, keyId } });
    }
    await bumpConfigVersion(tx);
  });
  return { usagePlanId };
}
