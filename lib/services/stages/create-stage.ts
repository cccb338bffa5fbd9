import type { StageView } from "../../domain/views";
import { DEFAULT_STAGE_SETTINGS, type StageSettings } from "../../domain/stage-settings";
import { db } from "../../db";
import { conflict } from "../../errors";
import { createStageSchema, type CreateStageInput } from "../../schemas/stage.schema";
import { findDeploymentRowOrThrow } from "../lookups";
import { toStageView } from "../mappers";
import { parseInput } from "../parse-input";
import { insertStage } from "./stage-writes";

/** CreateStage on an existing deployment, with AWS's optional cache cluster, tracing and canary settings. */
export async function createStage(restApiId: string, input: CreateStageInput, actor?: string): Promise<StageView> {
  const { canarySettings: canary, cacheClusterEnabled, cacheClusterSize, tracingEnabled, ...data } = parseInput(createStageSchema, input);
  await findDeploymentRowOrThrow(restApiId, data.deploymentId);
  if (canary?.deploymentId && canary.deploymentId !== data.deploymentId) await findDeploymentRowOrThrow(restApiId, canary.deploymentId);
  if (await db().stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName: data.stageName } } })) {
    throw conflict("Stage already exists");
  }
  const settings: StageSettings = {
    ...DEFAULT_STAGE_SETTINGS,
    cacheClusterEnabled,
    ...(cacheClusterEnabled || cacheClusterSize ? { cacheClusterSize: cacheClusterSize ?? "0.5" } : {}),
    tracingEnabled,
    ...(canary ? { canarySettings: { ...canary, deploymentId: canary.deploymentId ?? data.deploymentId } } : {}),
  };
  const row = await db().$transaction((tx) => insertStage(tx, { restApiId, ...data }, actor, settings));
  return toStageView(row);
}
