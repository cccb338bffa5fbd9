import type { StageView } from "../../domain/views";
import { canarySettingsSchema, type CanarySettingsInput } from "../../schemas/stage.schema";
import { parseInput } from "../parse-input";
import { changeStage } from "./change-stage";

/**
 * Creates or replaces the stage's canary: `percentTraffic`% of requests go to `deploymentId` (default: the
 * stage's own deployment) with the stage variables plus the overrides.
 */
export async function setCanary(restApiId: string, stageName: string, input: CanarySettingsInput, actor?: string): Promise<StageView> {
  const data = parseInput(canarySettingsSchema, input);
  return changeStage(
    restApiId,
    stageName,
    (state) => ({
      ...state,
      settings: {
        ...state.settings,
        canarySettings: {
          percentTraffic: data.percentTraffic,
          deploymentId: data.deploymentId ?? state.deploymentId,
          stageVariableOverrides: data.stageVariableOverrides,
          useStageCache: data.useStageCache,
        },
      },
    }),
    actor,
  );
}
