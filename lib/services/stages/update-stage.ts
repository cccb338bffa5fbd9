import type { StageView } from "../../domain/views";
import { updateStageSchema, type StageEdit, type UpdateStageInput } from "../../schemas/stage.schema";
import { parseInput } from "../parse-input";
import { applyStageEdits } from "./apply-stage-edits";
import { changeStage } from "./change-stage";

/**
 * UpdateStage: description, variables, deploymentId (moving a stage to another deployment is how a rollback is
 * done; every move is recorded in the stage's history), then method settings, cache, tracing and canary edits
 * in the order given (AWS applies patch operations in order).
 */
export async function updateStage(restApiId: string, stageName: string, input: UpdateStageInput, actor?: string): Promise<StageView> {
  const data = parseInput(updateStageSchema, input);
  const edits: StageEdit[] = [
    ...(data.description !== undefined ? [{ kind: "description" as const, value: data.description }] : []),
    ...data.removeVariables.map((name) => ({ kind: "variable" as const, name, value: null })),
    ...Object.entries(data.setVariables).map(([name, value]) => ({ kind: "variable" as const, name, value })),
    ...(data.deploymentId !== undefined ? [{ kind: "deploymentId" as const, value: data.deploymentId }] : []),
    ...data.edits,
  ];
  return changeStage(restApiId, stageName, (state) => applyStageEdits(state, edits), actor);
}
