import type { StageView } from "../../domain/views";
import { updateStageCacheSchema, type StageEdit, type UpdateStageCacheInput } from "../../schemas/stage.schema";
import { parseInput } from "../parse-input";
import { applyStageEdits } from "./apply-stage-edits";
import { changeStage } from "./change-stage";

/** Turns the stage's cache cluster on or off and sets its size (AWS's sizes; "0.5" when none was chosen). */
export async function updateStageCache(restApiId: string, stageName: string, input: UpdateStageCacheInput, actor?: string): Promise<StageView> {
  const data = parseInput(updateStageCacheSchema, input);
  const edits: StageEdit[] = [
    ...(data.cacheClusterSize ? [{ kind: "cacheClusterSize" as const, value: data.cacheClusterSize }] : []),
    { kind: "cacheClusterEnabled", value: data.cacheClusterEnabled },
  ];
  return changeStage(restApiId, stageName, (state) => applyStageEdits(state, edits), actor);
}
