import { readStageSettings, type CanarySettings } from "../../domain/stage-settings";
import { badRequest } from "../../errors";
import { asStringMap } from "../json";
import { findStageRowOrThrow } from "../lookups";

export interface CanaryPromotionPreview {
  stageName: string;
  fromDeploymentId: string;
  toDeploymentId: string;
  variablesBefore: Record<string, string>;
  variablesAfter: Record<string, string>;
  percentTraffic: number;
}

/** What promoting the canary would change: the deployment the stage serves and its variables. */
export async function previewCanaryPromotion(restApiId: string, stageName: string): Promise<CanaryPromotionPreview> {
  const stage = await findStageRowOrThrow(restApiId, stageName);
  const canary = requireCanary(readStageSettings(stage.settings).canarySettings);
  const variablesBefore = asStringMap(stage.variables);
  return {
    stageName,
    fromDeploymentId: stage.deploymentId,
    toDeploymentId: canary.deploymentId,
    variablesBefore,
    variablesAfter: promotedVariables(variablesBefore, canary),
    percentTraffic: canary.percentTraffic,
  };
}

export function requireCanary(canary: CanarySettings | undefined): CanarySettings {
  if (!canary) throw badRequest("The stage has no canary to promote.");
  return canary;
}

/** The stage variables with the canary's overrides merged in (an override wins). */
export function promotedVariables(variables: Record<string, string>, canary: CanarySettings): Record<string, string> {
  return Object.fromEntries(new Map([...Object.entries(variables), ...Object.entries(canary.stageVariableOverrides)]));
}
