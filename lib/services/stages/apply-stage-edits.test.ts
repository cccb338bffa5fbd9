import { describe, expect, it } from "vitest";
import { ACCESS_LOG_PRESETS } from "@/lib/domain/observability/access-log";
import { DEFAULT_METHOD_SETTING, DEFAULT_STAGE_SETTINGS } from "@/lib/domain/stage-settings";
import { PorticoError } from "@/lib/errors";
import { applyStageEdits, type StageState } from "./apply-stage-edits";

const state: StageState = { deploymentId: "dep1", description: "", variables: { a: "1" }, settings: DEFAULT_STAGE_SETTINGS };

describe("applyStageEdits", () => {
  it("starts a method's first override from */*, or from the defaults when there is none", () => {
    const fromDefaults = applyStageEdits(state, [{ kind: "methodSetting", key: "~1pets/GET", setting: { cachingEnabled: true } }]);
    expect(fromDefaults.settings.methodSettings["~1pets/GET"]).toEqual({ ...DEFAULT_METHOD_SETTING, cachingEnabled: true });
    const inherited = applyStageEdits(state, [
      { kind: "methodSetting", key: "*/*", setting: { throttlingBurstLimit: 7 } },
      { kind: "methodSetting", key: "~1pets/GET", setting: { cachingEnabled: true } },
      { kind: "methodSetting", key: "*/*", setting: { throttlingBurstLimit: 9 } },
    ]);
    // The override copied */* when it was created; a later */* change does not rewrite it.
    expect(inherited.settings.methodSettings["~1pets/GET"]).toEqual({ ...DEFAULT_METHOD_SETTING, throttlingBurstLimit: 7, cachingEnabled: true });
  });

  it("starts a new cache generation when the cluster is turned on, off or resized, and not for a no-op", () => {
    const on = applyStageEdits(state, [{ kind: "cacheClusterEnabled", value: true }]);
    expect(on.settings).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheGeneration: 1 });
    expect(applyStageEdits(on, [{ kind: "cacheClusterEnabled", value: true }]).settings.cacheGeneration).toBe(1);
    expect(applyStageEdits(on, [{ kind: "cacheClusterSize", value: "6.1" }]).settings.cacheGeneration).toBe(2);
    expect(applyStageEdits(on, [{ kind: "cacheClusterEnabled", value: false }]).settings).toMatchObject({ cacheClusterEnabled: false, cacheGeneration: 2 });
  });

  it("creates a canary on the stage's deployment when a canary field is first set, and copies it as AWS's promotion does", () => {
    const withCanary = applyStageEdits(state, [
      { kind: "canaryPercentTraffic", value: 10 },
      { kind: "canaryDeploymentId", value: "dep2" },
      { kind: "canaryOverride", name: "a", value: "2" },
      { kind: "canaryOverride", name: "__proto__", value: "x" },
    ]);
    expect(withCanary.settings.canarySettings).toEqual({ percentTraffic: 10, deploymentId: "dep2", stageVariableOverrides: { a: "2", ["__proto__"]: "x" }, useStageCache: false });
    const promoted = applyStageEdits(withCanary, [{ kind: "copyCanaryDeploymentId" }, { kind: "copyCanaryOverrides" }]);
    expect([promoted.deploymentId, promoted.variables]).toEqual(["dep2", { a: "2", ["__proto__"]: "x" }]);
    expect(Object.getPrototypeOf(promoted.variables)).toBe(Object.prototype);
    expect(() => applyStageEdits(state, [{ kind: "copyCanaryDeploymentId" }])).toThrow(PorticoError);
    // The input is never changed.
    expect(state.settings).toEqual(DEFAULT_STAGE_SETTINGS);
  });

  it("turns access logging on with a format alone, keeps the destination given with it, and removes both", () => {
    const arn = "arn:aws:logs:us-east-1:123456789012:log-group:access";
    const formatOnly = applyStageEdits(state, [{ kind: "accessLogFormat", value: ACCESS_LOG_PRESETS.CSV }]);
    expect(formatOnly.settings.accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.CSV, destinationArn: "" });
    // The destination may come first in the same request, as Terraform sends it.
    const both = applyStageEdits(state, [
      { kind: "accessLogDestinationArn", value: arn },
      { kind: "accessLogFormat", value: ACCESS_LOG_PRESETS.JSON },
    ]);
    expect(both.settings.accessLogSettings).toEqual({ format: ACCESS_LOG_PRESETS.JSON, destinationArn: arn });
    expect(applyStageEdits(both, [{ kind: "accessLogFormat", value: ACCESS_LOG_PRESETS.XML }]).settings.accessLogSettings?.destinationArn).toBe(arn);
    expect(applyStageEdits(both, [{ kind: "removeAccessLogSettings" }]).settings.accessLogSettings).toBeUndefined();
  });

  it("refuses a destination ARN without a format, since there would be nothing to write", () => {
    const edit = { kind: "accessLogDestinationArn" as const, value: "arn:aws:logs:us-east-1:123456789012:log-group:access" };
    expect(() => applyStageEdits(state, [edit])).toThrow(/needs a format/);
    const removedAfter = applyStageEdits(state, [edit, { kind: "removeAccessLogSettings" }]);
    expect(removedAfter.settings.accessLogSettings).toBeUndefined();
  });

  it("sets log retention without touching the access log settings", () => {
    const logged = applyStageEdits(state, [{ kind: "accessLogFormat", value: ACCESS_LOG_PRESETS.CLF }]);
    const kept = applyStageEdits(logged, [{ kind: "logRetention", value: { days: 7, maxRows: 5_000 } }]);
    expect(kept.settings.logRetention).toEqual({ days: 7, maxRows: 5_000 });
    expect(kept.settings.accessLogSettings).toEqual(logged.settings.accessLogSettings);
    expect(state.settings.logRetention).toEqual(DEFAULT_STAGE_SETTINGS.logRetention);
  });
});
