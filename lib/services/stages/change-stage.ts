/**
 * The one way a stage's deployment, variables and settings change after creation: load, apply, validate the
 * result (variables, canary overrides, deployments of this API), then write it with the history entry and the
 * runtime config bump in one transaction. Every stage-settings service goes through here.
 */
import type { StageView } from "../../domain/views";
import { readStageSettings } from "../../domain/stage-settings";
import { db } from "../../db";
import { badRequest, conflict } from "../../errors";
import { stageVariablesSchema } from "../../schemas/stage.schema";
import { asStringMap } from "../json";
import { findDeploymentRowOrThrow, findStageRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";
import type { StageState } from "./apply-stage-edits";
import { recordStageChange } from "./stage-writes";

export async function changeStage(
  restApiId: string,
  stageName: string,
  change: (state: StageState) => StageState,
  actor?: string,
): Promise<StageView> {
  // Optimistic: the write only lands on the row as it was read, so two edits at once (a method setting and a
  // cache flush, say) cannot lose one another; the loser reads again and reapplies its change.
  for (let attempt = 1; ; attempt++) {
    const stage = await findStageRowOrThrow(restApiId, stageName);
    const before: StageState = {
      deploymentId: stage.deploymentId,
      description: stage.description,
      variables: asStringMap(stage.variables),
      settings: readStageSettings(stage.settings),
    };
    const after = change(before);
    await checkStageState(restApiId, before, after);
    const moved = after.deploymentId !== before.deploymentId;
    const row = await db().$transaction(async (tx) => {
      const { count } = await tx.stage.updateMany({
        where: { id: stage.id, updatedAt: stage.updatedAt },
        data: {
          deploymentId: after.deploymentId,
          description: after.description,
          variables: after.variables,
          settings: after.settings as object,
        },
      });
      if (count === 0) return null;
      await recordStageChange(tx, stage.id, moved ? after.deploymentId : null, actor);
      return tx.stage.findUniqueOrThrow({ where: { id: stage.id } });
    });
    if (row) return toStageView(row);
    if (attempt >= 20) throw conflict(`Stage ${stageName} kept changing while this update was applied; try again.`);
    // Writers that collided retry at different moments rather than colliding again.
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
  }
}

async function checkStageState(restApiId: string, before: StageState, after: StageState): Promise<void> {
  checkVariables(after.variables, "Stage variables");
  const canary = after.settings.canarySettings;
  if (canary) checkVariables(canary.stageVariableOverrides, "Canary stage variable overrides");
  if (after.deploymentId !== before.deploymentId) await findDeploymentRowOrThrow(restApiId, after.deploymentId);
  if (canary && canary.deploymentId !== before.settings.canarySettings?.deploymentId && canary.deploymentId !== after.deploymentId) {
    await findDeploymentRowOrThrow(restApiId, canary.deploymentId);
  }
}

function checkVariables(variables: Record<string, string>, what: string): void {
  const checked = stageVariablesSchema.safeParse(variables);
  if (!checked.success) throw badRequest(`${what}: ${checked.error.issues[0]?.message ?? "invalid."}`);
}
