/**
 * The writes every path that creates or moves a stage shares (CreateStage, UpdateStage, CreateDeployment with a
 * stageName): the history entry and the runtime config bump go with them, in the caller's transaction.
 */
import type { Db } from "../../db";
import type { StageSettings } from "../../domain/stage-settings";
import { PorticoError } from "../../errors";
import { newRowId } from "../../ids";
import { bumpConfigVersion } from "../runtime/bump-config-version";

type Tx = Pick<Db, "stage" | "stageHistory" | "runtimeConfigVersion">;

// 10 matches AWS's stages-per-API quota.
const MAX_STAGES = 10;

export async function insertStage(
  tx: Tx,
  data: { restApiId: string; stageName: string; deploymentId: string; description: string; variables: Record<string, string> },
  actor?: string,
  settings?: StageSettings,
) {
  if ((await tx.stage.count({ where: { restApiId: data.restApiId } })) >= MAX_STAGES) {
    throw new PorticoError("LimitExceededException", `An API has at most ${MAX_STAGES} stages.`);
  }
  const stage = await tx.stage.create({ data: { id: newRowId(), ...data, settings: (settings ?? {}) as object, tags: {} } });
  await recordStageChange(tx, stage.id, data.deploymentId, actor);
  return stage;
}

/** Notes that a stage now serves `deploymentId` (history) and tells the runtimes (config version). */
export async function recordStageChange(tx: Tx, stageId: string, deploymentId: string | null, actor?: string): Promise<void> {
  if (deploymentId) await tx.stageHistory.create({ data: { id: newRowId(), stageId, deploymentId, changedBy: actor ?? null } });
  await bumpConfigVersion(tx);
}
