/**
 * The one way a stage's deployment, variables and settings change after creation: load, apply, validate the
 * result (variables, canary overrides, deployments of this API), then write it with the history entry and the
 * runtime config bump in one transaction. Every stage-settings service goes through here.
 */
import type { StageView } from "../../domain/views";
import { readStageSettings } from "../../domain/stage-settings";
import { db } from "../../db";
import { badRequest } from "../../errors";
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
    const updated = await tx.stage.update({
      where: { id: stage.id },
      data: {
        deploymentId: after.deploymentId,
        description: after.description,
        variables: after.variables,
        settings: after.settings as object,
      },
    });
    await recordStageChange(tx, stage.id, moved ? after.deploymentId : null, actor);
    return updated;
  });
  return toStageView(row);
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
