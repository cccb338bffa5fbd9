/** The rules every write to a plan's stages or keys shares: stages exist, a key meets each API stage through one plan only. */
import type { Db } from "../../db";
import { badRequest, conflict } from "../../errors";
import { readApiStages, stageLabel } from "./usage-plan-view";

type Tx = Pick<Db, "stage" | "usagePlanKey">;

/** AWS refuses a plan naming a stage that does not exist ("API Stage not found: api:stage"). */
export async function assertApiStagesExist(tx: Tx, stages: readonly { apiId: string; stage: string }[]): Promise<void> {
  const seen = new Set<string>();
  for (const stage of stages) {
    const label = stageLabel(stage);
    if (seen.has(label)) throw badRequest(`Duplicate API Stage in usage plan: ${label}`);
    seen.add(label);
    const found = await tx.stage.findUnique({ where: { restApiId_stageName: { restApiId: stage.apiId, stageName: stage.stage } }, select: { id: true } });
    if (!found) throw badRequest(`API Stage not found: ${label}`);
  }
}

/**
 * A key may sit in several plans, but two plans holding the same key may not share an API stage: the gateway
 * would not know whose limits apply. `stages` are the plan's stages after the change.
 */
export async function assertNoStageConflict(
  tx: Tx,
  usagePlanId: string,
  keyIds: readonly string[],
  stages: readonly { apiId: string; stage: string }[],
): Promise<void> {
  if (!keyIds.length || !stages.length) return;
  const labels = new Set(stages.map(stageLabel));
  const others = await tx.usagePlanKey.findMany({
    where: { keyId: { in: [...keyIds] }, usagePlanId: { not: usagePlanId } },
    include: { usagePlan: { select: { id: true, apiStages: true } } },
  });
  for (const other of others) {
    const shared = readApiStages(other.usagePlan.apiStages).find((stage) => labels.has(stageLabel(stage)));
    if (shared) {
      throw conflict(
        `Usage Plan ${usagePlanId} cannot be added because API Key ${other.keyId} cannot reference multiple Usage Plans with the same API Stage: ${stageLabel(shared)}`,
      );
    }
  }
}
