import { readStageSettings } from "../../domain/stage-settings";
import { db } from "../../db";
import { badRequest } from "../../errors";
import { findDeploymentRowOrThrow } from "../lookups";

/** DeleteDeployment; refused while a stage or a stage's canary points at it, as AWS does. */
export async function deleteDeployment(restApiId: string, deploymentId: string): Promise<void> {
  await findDeploymentRowOrThrow(restApiId, deploymentId);
  if (await db().stage.count({ where: { deploymentId } })) {
    throw badRequest("Active stages pointing to this deployment must be moved or deleted");
  }
  // A canary's deployment is held in the stage's settings JSON, which no foreign key protects.
  const stages = await db().stage.findMany({ where: { restApiId }, select: { settings: true } });
  if (stages.some((stage) => readStageSettings(stage.settings).canarySettings?.deploymentId === deploymentId)) {
    throw badRequest("Active stages with canary settings pointing to this deployment must be moved or deleted");
  }
  await db().deployment.delete({ where: { id: deploymentId } });
}
