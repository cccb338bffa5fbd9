/**
 * RuntimeConfig -> CompiledConfig, done once per config version. Stages whose deployment and variables did
 * not change keep their compiled object (and so their warm routers and pools).
 */
import { SNAPSHOT_FORMAT_VERSION } from "../../../lib/domain/snapshot";
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import type { CompiledConfig, CompiledStage } from "./compiled";
import { compileStage, stageCacheKey, type CompileContext } from "./compile-stage";

export type CompileResult = { ok: true; config: CompiledConfig } | { ok: false; reason: string };

export function compileConfig(config: RuntimeConfig, previous: CompiledConfig, context: CompileContext): CompileResult {
  for (const [deploymentId, snapshot] of Object.entries(config.snapshots)) {
    const version: number = snapshot.formatVersion;
    if (version !== SNAPSHOT_FORMAT_VERSION) {
      return { ok: false, reason: `deployment ${deploymentId} has unknown snapshot formatVersion ${version}` };
    }
  }
  for (const plugin of context.plugins ?? []) plugin.prepare?.(config);
  const reusable = new Map<string, CompiledStage>();
  for (const stages of previous.apis.values()) for (const stage of stages.values()) reusable.set(stage.cacheKey, stage);

  const apis = new Map<string, Map<string, CompiledStage>>();
  for (const stage of config.stages) {
    const snapshot = config.snapshots[stage.deploymentId];
    if (!snapshot) {
      context.warn("stage references a deployment missing from the config; not served", {
        restApiId: stage.restApiId,
        stage: stage.stageName,
        deploymentId: stage.deploymentId,
      });
      continue;
    }
    const compiled = reusable.get(stageCacheKey(stage)) ?? compileStage(stage, snapshot, context);
    let stages = apis.get(stage.restApiId);
    if (!stages) apis.set(stage.restApiId, (stages = new Map()));
    stages.set(stage.stageName, compiled);
  }
  return { ok: true, config: { version: config.version, apis } };
}
