import type { StageView } from "../../domain/views";
import { changeStage } from "./change-stage";
import { promotedVariables, requireCanary } from "./preview-canary-promotion";

/**
 * Promotes the canary: its deployment becomes the stage's (recorded in the stage history with the actor), its
 * overrides are merged into the stage variables, and the canary is removed, so all traffic sees the new version.
 * (AWS's own promotion keeps the canary at 0%; the console removes it because nothing is left to compare.)
 */
export async function promoteCanary(restApiId: string, stageName: string, actor?: string): Promise<StageView> {
  return changeStage(
    restApiId,
    stageName,
    (state) => {
      const canary = requireCanary(state.settings.canarySettings);
      const { canarySettings: _promoted, ...settings } = state.settings;
      return { ...state, deploymentId: canary.deploymentId, variables: promotedVariables(state.variables, canary), settings };
    },
    actor,
  );
}
