import { diffDeploymentSnapshots, type DeploymentDiff } from "../../domain/deployment-diff";
import type { DeploymentSnapshot } from "../../domain/snapshot";
import { findDeploymentRowOrThrow } from "../lookups";

/** What repointing a stage from deployment `fromId` to `toId` changes; both must belong to the API. */
export async function diffDeployments(restApiId: string, fromId: string, toId: string): Promise<DeploymentDiff> {
  const [from, to] = await Promise.all([findDeploymentRowOrThrow(restApiId, fromId), findDeploymentRowOrThrow(restApiId, toId)]);
  // Stored by CreateDeployment from buildSnapshot and never edited; format 1 readers fill what older rows lack.
  return diffDeploymentSnapshots(from.snapshot as unknown as DeploymentSnapshot, to.snapshot as unknown as DeploymentSnapshot);
}
