import type { StageView } from "../../domain/views";
import { putMethodSettingSchema, type PutMethodSettingInput } from "../../schemas/stage.schema";
import { parseInput } from "../parse-input";
import { applyStageEdits } from "./apply-stage-edits";
import { changeStage } from "./change-stage";

/**
 * Sets fields of one methodSettings entry ("*\/*" or "~1pets/GET"); a method's first override starts from the
 * stage-wide entry. `setting: null` removes the entry, so the method inherits "*\/*" again.
 */
export async function putMethodSetting(restApiId: string, stageName: string, input: PutMethodSettingInput, actor?: string): Promise<StageView> {
  const { key, setting } = parseInput(putMethodSettingSchema, input);
  return changeStage(restApiId, stageName, (state) => applyStageEdits(state, [{ kind: "methodSetting", key, setting }]), actor);
}
