import type { StageView } from "../../domain/views";
import { applyStageEdits } from "./apply-stage-edits";
import { changeStage } from "./change-stage";

/** Removes the stage's canary: every request is served by the stage's deployment again. */
export async function deleteCanary(restApiId: string, stageName: string, actor?: string): Promise<StageView> {
  return changeStage(restApiId, stageName, (state) => applyStageEdits(state, [{ kind: "removeCanary" }]), actor);
}
