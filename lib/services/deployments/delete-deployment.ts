import { db } from "../../db";
import { badRequest } from "../../errors";
import { findDeploymentRowOrThrow } from "../lookups";

/** DeleteDeployment; refused while a stage points at it, as AWS does. */
export async function deleteDeployment(restApiId: string, deploymentId: string): Promise<void> {
  await findDeploymentRowOrThrow(restApiId, deploymentId);
  if (await db().stage.count({ where: { deploymentId } })) {
    throw badRequest("Active stages pointing to this deployment must be moved or deleted");
  }
  await db().deployment.delete({ where: { id: deploymentId } });
}
