import type { StageView } from "../../domain/views";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { stageVariablesSchema, updateStageSchema, type UpdateStageInput } from "../../schemas/stage.schema";
import { asStringMap } from "../json";
import { findDeploymentRowOrThrow, findStageRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";
import { parseInput } from "../parse-input";
import { recordStageChange } from "./stage-writes";

/**
 * UpdateStage: description, variables, and deploymentId (moving a stage to another deployment is how a
 * rollback is done; every move is recorded in the stage's history).
 */
export async function updateStage(restApiId: string, stageName: string, input: UpdateStageInput, actor?: string): Promise<StageView> {
  const data = parseInput(updateStageSchema, input);
  const stage = await findStageRowOrThrow(restApiId, stageName);
  if (data.deploymentId) await findDeploymentRowOrThrow(restApiId, data.deploymentId);
  const variables = asStringMap(stage.variables);
  for (const name of data.removeVariables) delete variables[name];
  Object.assign(variables, data.setVariables);
  const checked = stageVariablesSchema.safeParse(variables);
  if (!checked.success) throw badRequest(checked.error.issues[0]?.message ?? "Invalid stage variables.");
  const moved = data.deploymentId !== undefined && data.deploymentId !== stage.deploymentId;
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.stage.update({
      where: { id: stage.id },
      data: {
        variables,
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(moved ? { deploymentId: data.deploymentId } : {}),
      },
    });
    await recordStageChange(tx, stage.id, moved ? data.deploymentId! : null, actor);
    return updated;
  });
  return toStageView(row);
}
