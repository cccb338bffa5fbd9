/** Builders for response-cache tests: stage settings with the cache on, and a backend that counts its calls. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RuntimeConfig } from "../../../lib/domain/runtime-contract";
import type { SnapshotMethod } from "../../../lib/domain/snapshot";
import {
  ALL_METHODS_KEY,
  DEFAULT_METHOD_SETTING,
  DEFAULT_STAGE_SETTINGS,
  type MethodSetting,
  type StageSettings,
} from "../../../lib/domain/stage-settings";
import { startBackend } from "./servers";

/** A stage with a 0.5 GB cache cluster and `*\/*` caching on (so GET methods are cached), AWS's other defaults. */
export function cachedStageSettings(all: Partial<MethodSetting> = {}, stage: Partial<StageSettings> = {}): StageSettings {
  return {
    ...DEFAULT_STAGE_SETTINGS,
    cacheClusterEnabled: true,
    cacheClusterSize: "0.5",
    ...stage,
    methodSettings: { [ALL_METHODS_KEY]: { ...DEFAULT_METHOD_SETTING, cachingEnabled: true, ...all }, ...stage.methodSettings },
  };
}

/** The config with settings attached to the named stages. */
export function withStageSettings(config: RuntimeConfig, settings: Record<string, StageSettings>): RuntimeConfig {
  return { ...config, stages: config.stages.map((stage) => (settings[stage.stageName] ? { ...stage, settings: settings[stage.stageName] } : stage)) };
}

/**
 * A backend that counts the requests it answers. By default each answer says which call it was, so a body
 * served twice proves the second came from the cache.
 */
export async function startCountingBackend(respond?: (req: IncomingMessage, res: ServerResponse, call: number) => void) {
  let calls = 0;
  const backend = await startBackend((req, res) => {
    calls++;
    if (respond) return respond(req, res, calls);
    const body = JSON.stringify({ call: calls, method: req.method, url: req.url });
    res.writeHead(200, { "content-type": "application/json", "x-backend-call": String(calls) });
    res.end(body);
  });
  return {
    port: backend.port,
    origin: backend.origin,
    close: backend.close,
    get calls() {
      return calls;
    },
  };
}

type MethodSpec = Omit<SnapshotMethod, "httpMethod">;

/** The method with its integration's cacheKeyParameters (and optionally cacheNamespace) set. */
export function withCacheKeys(spec: MethodSpec, cacheKeyParameters: string[], cacheNamespace?: string): MethodSpec {
  if (!spec.integration) throw new Error("the method has no integration");
  return { ...spec, integration: { ...spec.integration, cacheKeyParameters, ...(cacheNamespace ? { cacheNamespace } : {}) } };
}
