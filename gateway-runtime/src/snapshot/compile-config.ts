/**
 * RuntimeConfig -> CompiledConfig, done once per config version. Stages whose deployment, variables and settings
 * did not change keep their compiled object (and so their warm routers and pools). A stage with a canary (AWS's
 * canary release) also gets the canary deployment compiled with its variable overrides, attached to the stage.
 */
import { SNAPSHOT_FORMAT_VERSION } from "../../../lib/domain/snapshot";
import type { RuntimeConfig, RuntimeStage } from "../../../lib/domain/runtime-contract";
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
    // The key covers the settings, canary included, so a reused stage brings its matching canary along (unless
    // the canary's snapshot was missing last time and has arrived now).
    const previousCompiled = reusable.get(stageCacheKey(stage));
    const canaryReady = stage.settings?.canarySettings ? config.snapshots[stage.settings.canarySettings.deploymentId] !== undefined : false;
    const compiled =
      previousCompiled && (previousCompiled.canary !== null) === canaryReady
        ? previousCompiled
        : withCanary(compileStage(stage, snapshot, context), stage, config, context);
    let stages = apis.get(stage.restApiId);
    if (!stages) apis.set(stage.restApiId, (stages = new Map()));
    stages.set(stage.stageName, compiled);
  }
  return { ok: true, config: { version: config.version, apis } };
}

function withCanary(compiled: CompiledStage, stage: RuntimeStage, config: RuntimeConfig, context: CompileContext): CompiledStage {
  const canary = stage.settings?.canarySettings;
  if (!canary) return compiled;
  const snapshot = config.snapshots[canary.deploymentId];
  if (!snapshot) {
    context.warn("canary references a deployment missing from the config; the stage serves all requests", {
      restApiId: stage.restApiId,
      stage: stage.stageName,
      deploymentId: canary.deploymentId,
    });
    return compiled;
  }
  // AWS: the canary sees the stage variables with its overrides on top; $context.stage stays the stage's name.
  const canaryStage: RuntimeStage = {
    ...stage,
    deploymentId: canary.deploymentId,
    variables: { ...stage.variables, ...canary.stageVariableOverrides },
  };
  const canaryCompiled = compileStage(canaryStage, snapshot, { ...context, canary: true });
  return { ...compiled, canary: { percentTraffic: canary.percentTraffic, stage: canaryCompiled } };
}
