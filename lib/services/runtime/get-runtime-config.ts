import type { RuntimeConfig } from "../../domain/runtime-contract";
import type { DeploymentSnapshot } from "../../domain/snapshot";
import { db } from "../../db";
import { getRuntimeFunctions } from "../functions/get-runtime-functions";
import { getRuntimeApiKeys, getRuntimeUsagePlans } from "../usage-plans/get-runtime-usage-plans";
import { asStringMap } from "../json";
import { readStageSettings } from "../../domain/stage-settings";

/** The config version alone: what a runtime polls several times a second. */
export async function getRuntimeConfigVersion(): Promise<string> {
  const row = await db().runtimeConfigVersion.findUnique({ where: { id: 1 } });
  return String(row?.version ?? 0);
}

/**
 * Every stage with the snapshot it serves (each snapshot once even when several stages share it), and every
 * function version and alias, every API key (its hash, never the value) and usage plan; read in one transaction
 * with the version, so they always match it.
 */
export async function getRuntimeConfig(): Promise<RuntimeConfig> {
  return db().$transaction(async (tx) => {
    const version = String((await tx.runtimeConfigVersion.findUnique({ where: { id: 1 } }))?.version ?? 0);
    const stages = await tx.stage.findMany({ orderBy: [{ restApiId: "asc" }, { stageName: "asc" }] });
    // A stage's canary serves its own deployment, so that snapshot travels too.
    const canaryIds = stages.flatMap((s) => readStageSettings(s.settings).canarySettings?.deploymentId ?? []);
    const deploymentIds = [...new Set([...stages.map((s) => s.deploymentId), ...canaryIds])];
    const deployments = await tx.deployment.findMany({ where: { id: { in: deploymentIds } }, select: { id: true, snapshot: true } });
    return {
      version,
      stages: stages.map((s) => ({
        restApiId: s.restApiId,
        stageName: s.stageName,
        deploymentId: s.deploymentId,
        variables: asStringMap(s.variables),
        updatedAt: s.updatedAt.toISOString(),
        settings: readStageSettings(s.settings),
      })),
      snapshots: Object.fromEntries(deployments.map((d) => [d.id, d.snapshot as unknown as DeploymentSnapshot])),
      functions: await getRuntimeFunctions(tx),
      apiKeys: await getRuntimeApiKeys(tx),
      usagePlans: await getRuntimeUsagePlans(tx),
    };
  });
}
