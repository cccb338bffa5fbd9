/**
 * UpdateStage's changes applied in order to what a stage holds (deployment, description, variables, settings).
 * Pure: the caller loads the stage, applies, validates the result and writes it in one transaction.
 */
import {
  ALL_METHODS_KEY,
  DEFAULT_METHOD_SETTING,
  type CanarySettings,
  type StageSettings,
} from "../../domain/stage-settings";
import { parseAccessLogFormat } from "../../domain/observability/access-log";
import { badRequest } from "../../errors";
import type { StageEdit } from "../../schemas/stage.schema";

export interface StageState {
  deploymentId: string;
  description: string;
  variables: Record<string, string>;
  settings: StageSettings;
}

export function applyStageEdits(state: StageState, edits: readonly StageEdit[]): StageState {
  let next: StageState = { ...state, variables: { ...state.variables }, settings: cloneSettings(state.settings) };
  for (const edit of edits) next = applyEdit(next, edit);
  // Checked once all edits are in, so a request may set the destination before the format, as Terraform does.
  if (edits.some((edit) => ACCESS_LOG_EDITS.has(edit.kind))) checkAccessLogSettings(next.settings);
  return next;
}

const ACCESS_LOG_EDITS = new Set<StageEdit["kind"]>(["accessLogFormat", "accessLogDestinationArn"]);

/**
 * A format alone turns access logging on: Portico writes the lines to its own log store, so unlike AWS it needs
 * no destination. A destination alone has nothing to write, so it is refused rather than stored half-set.
 */
function checkAccessLogSettings(settings: StageSettings): void {
  const access = settings.accessLogSettings;
  if (!access) return;
  if (access.format === "") throw badRequest("Access logging needs a format: set /accessLogSettings/format as well as the destination ARN.");
  const parsed = parseAccessLogFormat(access.format);
  if (!parsed.ok) throw badRequest(parsed.message);
}

function cloneSettings(settings: StageSettings): StageSettings {
  const copy: StageSettings = { ...settings, methodSettings: { ...settings.methodSettings } };
  if (settings.canarySettings) copy.canarySettings = { ...settings.canarySettings, stageVariableOverrides: { ...settings.canarySettings.stageVariableOverrides } };
  return copy;
}

// Maps keyed by user text: set and delete through a Map so a name like "__proto__" is an ordinary key.
function withKey(map: Record<string, string>, name: string, value: string | null): Record<string, string> {
  const entries = new Map(Object.entries(map));
  if (value === null) entries.delete(name);
  else entries.set(name, value);
  return Object.fromEntries(entries);
}

function applyEdit(state: StageState, edit: StageEdit): StageState {
  const settings = state.settings;
  switch (edit.kind) {
    case "deploymentId":
      return { ...state, deploymentId: edit.value };
    case "description":
      return { ...state, description: edit.value };
    case "variable":
      return { ...state, variables: withKey(state.variables, edit.name, edit.value) };
    case "methodSetting": {
      const methodSettings = new Map(Object.entries(settings.methodSettings));
      if (edit.setting === null) methodSettings.delete(edit.key);
      else {
        // A method's first override starts from the stage-wide entry, as AWS's console shows it inheriting.
        const base = methodSettings.get(edit.key) ?? methodSettings.get(ALL_METHODS_KEY) ?? DEFAULT_METHOD_SETTING;
        methodSettings.set(edit.key, { ...base, ...edit.setting });
      }
      return { ...state, settings: { ...settings, methodSettings: Object.fromEntries(methodSettings) } };
    }
    case "cacheClusterEnabled": {
      if (edit.value === settings.cacheClusterEnabled) return state;
      // A new cluster starts empty, so turning the cache on or off also starts a new cache generation.
      const size = edit.value ? (settings.cacheClusterSize ?? "0.5") : settings.cacheClusterSize;
      return {
        ...state,
        settings: { ...settings, cacheClusterEnabled: edit.value, ...(size ? { cacheClusterSize: size } : {}), cacheGeneration: settings.cacheGeneration + 1 },
      };
    }
    case "cacheClusterSize":
      if (edit.value === settings.cacheClusterSize) return state;
      // AWS: resizing the cache cluster wipes its data.
      return { ...state, settings: { ...settings, cacheClusterSize: edit.value, cacheGeneration: settings.cacheGeneration + 1 } };
    case "tracingEnabled":
      return { ...state, settings: { ...settings, tracingEnabled: edit.value } };
    case "accessLogFormat":
      return { ...state, settings: { ...settings, accessLogSettings: { destinationArn: "", ...settings.accessLogSettings, format: edit.value } } };
    case "accessLogDestinationArn":
      return { ...state, settings: { ...settings, accessLogSettings: { format: "", ...settings.accessLogSettings, destinationArn: edit.value } } };
    case "removeAccessLogSettings": {
      const { accessLogSettings: _removed, ...rest } = settings;
      return { ...state, settings: rest };
    }
    case "logRetention":
      return { ...state, settings: { ...settings, logRetention: { ...edit.value } } };
    case "canaryPercentTraffic":
      return withCanary(state, (canary) => ({ ...canary, percentTraffic: edit.value }));
    case "canaryDeploymentId":
      return withCanary(state, (canary) => ({ ...canary, deploymentId: edit.value }));
    case "canaryUseStageCache":
      return withCanary(state, (canary) => ({ ...canary, useStageCache: edit.value }));
    case "canaryOverride":
      return withCanary(state, (canary) => ({ ...canary, stageVariableOverrides: withKey(canary.stageVariableOverrides, edit.name, edit.value) }));
    case "removeCanary": {
      const { canarySettings: _removed, ...rest } = settings;
      return { ...state, settings: rest };
    }
    case "copyCanaryDeploymentId":
      return { ...state, deploymentId: requireCanary(settings).deploymentId };
    case "copyCanaryOverrides": {
      let variables = state.variables;
      for (const [name, value] of Object.entries(requireCanary(settings).stageVariableOverrides)) variables = withKey(variables, name, value);
      return { ...state, variables };
    }
  }
}

/** Changing any canary field on a stage without one creates it on the stage's current deployment, as AWS does. */
function withCanary(state: StageState, change: (canary: CanarySettings) => CanarySettings): StageState {
  const current = state.settings.canarySettings ?? { percentTraffic: 0, deploymentId: state.deploymentId, stageVariableOverrides: {}, useStageCache: false };
  return { ...state, settings: { ...state.settings, canarySettings: change(current) } };
}

function requireCanary(settings: StageSettings): CanarySettings {
  if (!settings.canarySettings) throw badRequest("The stage has no canary settings to copy from.");
  return settings.canarySettings;
}
