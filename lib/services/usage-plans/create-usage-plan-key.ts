import { db } from "../../db";
import { conflict } from "../../errors";
import { createUsagePlanKeySchema } from "../../schemas/usage-plan.schema";
import { findApiKeyRowOrThrow } from "../api-keys/api-key-view";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { assertNoStageConflict } from "./usage-plan-checks";
import { toUsagePlanKeyView, type UsagePlanKeyView } from "./usage-plan-key-view";
import { findUsagePlanRowOrThrow, readApiStages } from "./usage-plan-view";

/** CreateUsagePlanKey (keyType API_KEY): attaches a key, unless another of its plans already covers one of this plan's stages. */
export async function createUsagePlanKey(usagePlanId: string, input: { keyId: string; keyType?: string }): Promise<UsagePlanKeyView> {
  const { keyId } = parseInput(createUsagePlanKeySchema, input);
  const plan = await findUsagePlanRowOrThrow(usagePlanId);
  const key = await findApiKeyRowOrThrow(keyId);
  await db().$transaction(async (tx) => {
    if (await tx.usagePlanKey.findUnique({ where: { usagePlanId_keyId: { usagePlanId, keyId } } })) throw conflict("Usage Plan Key already exists");
    await assertNoStageConflict(tx, usagePlanId, [keyId], readApiStages(plan.apiStages));
    await tx.usagePlanKey.create({ data: { usagePlanId, keyId } });
    await bumpConfigVersion(tx);
  });
  return toUsagePlanKeyView(key);
}
