import { db } from "../../db";
import { newAwsId } from "../../ids";
import { createUsagePlanSchema, type CreateUsagePlanInput } from "../../schemas/usage-plan.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { assertApiStagesExist } from "./usage-plan-checks";
import { toUsagePlanView, type UsagePlanView } from "./usage-plan-view";

/** CreateUsagePlan: stages must exist; throttle and quota as AWS's ThrottleSettings and QuotaSettings. */
export async function createUsagePlan(input: CreateUsagePlanInput): Promise<UsagePlanView> {
  const data = parseInput(createUsagePlanSchema, input);
  const row = await db().$transaction(async (tx) => {
    await assertApiStagesExist(tx, data.apiStages);
    const created = await tx.usagePlan.create({
      data: {
        id: newAwsId(),
        name: data.name,
        description: data.description,
        apiStages: data.apiStages,
        throttle: data.throttle ?? undefined,
        quota: data.quota ?? undefined,
        productCode: data.productCode ?? null,
        tags: data.tags,
      },
    });
    await bumpConfigVersion(tx);
    return created;
  });
  return toUsagePlanView(row);
}
