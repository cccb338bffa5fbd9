/**
 * Method plugins: how features that apply per method (API keys, throttling and quotas, the response cache; later
 * authorizers) join the pipeline without compile-stage knowing them. Each plugin looks at a method once per
 * compile and returns the stages that method needs, or null, so a method that uses none of them pays nothing.
 */
import type { RuntimeConfig, RuntimeStage } from "../../../lib/domain/runtime-contract";
import type { DeploymentSnapshot, SnapshotMethod } from "../../../lib/domain/snapshot";
import type { StageSettings } from "../../../lib/domain/stage-settings";
import type { AdminRoute } from "../admin/admin-server";
import type { RequestStage, ResponseStage } from "./stage";

/** Request validation's place in the order (compile-stage adds it itself). */
export const VALIDATE_ORDER = 200;

export interface MethodTarget {
  /** The stage as compiled: for a canary, its deployment and its variables with the overrides merged. */
  readonly stage: RuntimeStage;
  /** The stage's settings (method settings, cache, canary), defaults filled. */
  readonly settings: StageSettings;
  readonly snapshot: DeploymentSnapshot;
  readonly method: SnapshotMethod;
  /** "/pets/{id}". */
  readonly resourcePath: string;
  /** True while compiling the canary's copy of the stage. */
  readonly canary: boolean;
}

export interface MethodStages {
  request?: RequestStage;
  /** Response stages run in plugin order after the integration, on buffered responses. */
  response?: ResponseStage;
}

export interface PluginHealth {
  name: string;
  /** false: the plugin serves in a degraded mode (say, local limits while Redis is unreachable). */
  ok: boolean;
  detail?: string;
}

export interface MethodPlugin {
  readonly name: string;
  /** Request stages run in ascending order: access (keys, throttling, quotas) 100, validation 200, cache 300. */
  readonly order: number;
  /** Once per config, before any of its stages compile: config-wide state such as API keys and usage plans. */
  prepare?(config: RuntimeConfig): void;
  compile(target: MethodTarget): MethodStages | null;
  /** Reported by the admin port's /healthz. */
  health?(): PluginHealth;
  /** Extra admin-port routes (bearer token required unless `open`). */
  adminRoutes?(): AdminRoute[];
  close?(): Promise<void>;
}
