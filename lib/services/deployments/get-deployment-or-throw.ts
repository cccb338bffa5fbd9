import type { DeploymentView } from "../../domain/views";
import { findDeploymentRowOrThrow } from "../lookups";
import { toDeploymentView } from "../mappers";

export async function getDeploymentOrThrow(restApiId: string, deploymentId: string): Promise<DeploymentView> {
  return toDeploymentView(await findDeploymentRowOrThrow(restApiId, deploymentId));
}
