import { HTTP_METHODS, type DeploymentSnapshot } from "../../domain/snapshot";
import { findDeploymentRowOrThrow } from "../lookups";

export interface DeployedMethod {
  resourcePath: string;
  httpMethod: string;
}

const order = (m: string) => (HTTP_METHODS as readonly string[]).indexOf(m);

/**
 * The methods a deployment serves (AWS's GetDeployment apiSummary, flattened), by path then AWS's method order:
 * what a stage's per-method settings can name, as deployed rather than as the working copy stands now.
 */
export async function listDeployedMethods(restApiId: string, deploymentId: string): Promise<DeployedMethod[]> {
  const row = await findDeploymentRowOrThrow(restApiId, deploymentId);
  const snapshot = row.snapshot as unknown as DeploymentSnapshot;
  return [...snapshot.resources]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((resource) =>
      Object.keys(resource.methods)
        .sort((a, b) => order(a) - order(b))
        .map((httpMethod) => ({ resourcePath: resource.path, httpMethod })),
    );
}
