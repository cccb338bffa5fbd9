import { db } from "../../db";
import { consoleCreateApiKeySchema, type ConsoleCreateApiKeyInput } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { assertNoStageConflict } from "../usage-plans/usage-plan-checks";
import { findUsagePlanRowOrThrow, readApiStages } from "../usage-plans/usage-plan-view";
import { insertApiKey } from "./create-api-key";
import { getApiKeySummary, type ApiKeySummary } from "./list-api-key-summaries";

/** The console's create: the key (enabled unless asked otherwise) and its plan in one transaction; the value shown once. */
export async function createConsoleApiKey(input: ConsoleCreateApiKeyInput): Promise<ApiKeySummary & { value: string }> {
  const { usagePlanId, ...data } = parseInput(consoleCreateApiKeySchema, input);
  const plan = usagePlanId ? await findUsagePlanRowOrThrow(usagePlanId) : null;
  const row = await db().$transaction(async (tx) => {
    const created = await insertApiKey(tx, data);
    if (plan) {
      await assertNoStageConflict(tx, plan.id, [created.id], readApiStages(plan.apiStages));
      await tx.usagePlanKey.create({ data: { usagePlanId: plan.id, keyId: created.id } });
    }
    await bumpConfigVersion(tx);
    return created;
  });
  const { usagePlanIds: _ids, tags: _tags, ...summary } = await getApiKeySummary(row.id);
  return { ...summary, value: row.value };
}
