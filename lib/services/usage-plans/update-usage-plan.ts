import { Prisma } from "../../../generated/prisma-sqlite/client";
import { db } from "../../db";
import { createUsagePlanSchema, updateUsagePlanSchema, type UpdateUsagePlanInput } from "../../schemas/usage-plan.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { applyUsagePlanUpdate } from "./apply-usage-plan-update";
import { assertApiStagesExist, assertNoStageConflict } from "./usage-plan-checks";
import { findUsagePlanRowOrThrow, stageLabel, toUsagePlanView, type UsagePlanView } from "./usage-plan-view";

/**
 * UpdateUsagePlan: the merged plan is checked as a new one would be (limits, quota offset, stages exist), and
 * stages it gains must not put one of its keys in two plans for the same API stage.
 */
export async function updateUsagePlan(usagePlanId: string, input: UpdateUsagePlanInput): Promise<UsagePlanView> {
  const update = parseInput(updateUsagePlanSchema, input);
  const current = toUsagePlanView(await findUsagePlanRowOrThrow(usagePlanId));
  const merged = parseInput(createUsagePlanSchema, { ...applyUsagePlanUpdate(current, update), tags: current.tags });
  const before = new Set(current.apiStages.map(stageLabel));
  const gained = merged.apiStages.filter((stage) => !before.has(stageLabel(stage)));
  const row = await db().$transaction(async (tx) => {
    await assertApiStagesExist(tx, merged.apiStages);
    const keyIds = (await tx.usagePlanKey.findMany({ where: { usagePlanId }, select: { keyId: true } })).map((k) => k.keyId);
    await assertNoStageConflict(tx, usagePlanId, keyIds, gained);
    const updated = await tx.usagePlan.update({
      where: { id: usagePlanId },
      data: {
        name: merged.name,
        description: merged.description,
        productCode: merged.productCode ?? null,
        apiStages: merged.apiStages,
        // DbNull clears a nullable JSON column (a plain null is refused there); both clients share this runtime value.
        throttle: merged.throttle ?? Prisma.DbNull,
        quota: merged.quota ?? Prisma.DbNull,
      },
    });
    await bumpConfigVersion(tx);
    return updated;
  });
  return toUsagePlanView(row);
}
