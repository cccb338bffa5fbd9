/**
 * The response cache plugin (order 300, after validation): AWS's stage cache per stage and method over a
 * CacheStore, in memory (one size-bounded LRU per stage, this process only) or in Redis (shared by every
 * runtime process). A method that is not cached gets no stage at all and pays nothing.
 */
import type { RuntimeConfig, RuntimeStage } from "../../../../lib/domain/runtime-contract";
import { readStageSettings, type StageSettings } from "../../../../lib/domain/stage-settings";
import type { MethodPlugin, MethodTarget, PluginHealth } from "../../pipeline/method-plugins";
import type { Logger } from "../../ports/logger";
import { compileCacheKey } from "./cache-key";
import { resolveCachePolicy, stageCacheBudget } from "./cache-policy";
import { CacheLookupStage, CacheStoreStage, type CachedMethod } from "./cache-stages";
import type { CacheStore } from "./cache-store";
import { MemoryCacheStore } from "./memory-cache-store";
import { SharedCacheStore } from "./shared-cache-store";

export interface CachePluginOptions {
  logger: Logger;
  /** Shared store for every runtime process; absent: in memory, per process. */
  redisUrl?: string;
  /** Caps every stage's byte budget on this host (PORTICO_CACHE_MAX_BYTES); absent: the size's budget. */
  maxBytesPerStage?: number;
  /** Redis key prefix (default "portico:cache:"); tests use one of their own. */
  redisKeyPrefix?: string;
  /** A Redis call slower than this is a miss (default 250 ms). */
  redisTimeoutMs?: number;
}

export interface CachePlugin extends MethodPlugin {
  health(): PluginHealth;
}

export function createCachePlugin(options: CachePluginOptions): CachePlugin {
  const shared = options.redisUrl
    ? new SharedCacheStore({
        redisUrl: options.redisUrl,
        logger: options.logger,
        ...(options.redisKeyPrefix ? { keyPrefix: options.redisKeyPrefix } : {}),
        ...(options.redisTimeoutMs ? { timeoutMs: options.redisTimeoutMs } : {}),
      })
    : null;
  const local = new LocalStores(options.maxBytesPerStage);

  return {
    name: "cache",
    order: 300,
    prepare(config: RuntimeConfig) {
      if (!shared) local.keepOnly(config.stages);
    },
    compile(target: MethodTarget) {
      const { stage, settings, method, resourcePath } = target;
      const policy = resolveCachePolicy(settings, resourcePath, method.httpMethod, target.canary);
      if (!policy || !method.integration) return null;
      const where = { restApiId: stage.restApiId, stage: stage.stageName, resource: resourcePath, method: method.httpMethod };
      const cached: CachedMethod = {
        policy,
        store: shared ?? local.storeFor(stage, settings),
        key: compileCacheKey({
          restApiId: stage.restApiId,
          stageName: stage.stageName,
          generation: settings.cacheGeneration,
          resourcePath,
          httpMethod: method.httpMethod,
          integration: method.integration,
          stageVariables: stage.variables,
          warn: (message) => options.logger.warn(message, where),
        }),
      };
      return { request: new CacheLookupStage(cached), response: new CacheStoreStage(cached) };
    },
    health() {
      return shared ? shared.health() : local.health();
    },
    async close() {
      await Promise.all([shared?.close(), local.close()]);
    },
  };
}

/** One LRU per stage with the stage's budget; a new size starts empty, as AWS recreates a resized cache. */
class LocalStores {
  private readonly stores = new Map<string, MemoryCacheStore>();

  constructor(private readonly maxBytesPerStage: number | undefined) {}

  storeFor(stage: RuntimeStage, settings: StageSettings): CacheStore {
    const id = stageId(stage);
    const budget = stageCacheBudget(settings, this.maxBytesPerStage);
    const existing = this.stores.get(id);
    if (existing && existing.maxBytes === budget) return existing;
    const store = new MemoryCacheStore(budget);
    this.stores.set(id, store);
    return store;
  }

  /** Drops the caches of stages that are gone or no longer cached (a deleted cache cluster frees its memory). */
  keepOnly(stages: readonly RuntimeStage[]): void {
    const wanted = new Set(stages.filter((stage) => readStageSettings(stage.settings).cacheClusterEnabled).map(stageId));
    for (const [id, store] of this.stores) {
      if (!wanted.has(id)) {
        this.stores.delete(id);
        void store.close();
      }
    }
  }

  health(): PluginHealth {
    let entries = 0;
    let bytes = 0;
    for (const store of this.stores.values()) {
      entries += store.entries;
      bytes += store.bytes;
    }
    return { name: "cache", ok: true, detail: `in memory: ${this.stores.size} stage caches, ${entries} entries, ${bytes} bytes` };
  }

  async close(): Promise<void> {
    await Promise.all([...this.stores.values()].map((store) => store.close()));
    this.stores.clear();
  }
}

function stageId(stage: RuntimeStage): string {
  return `${stage.restApiId}/${stage.stageName}`;
}
