/**
 * The response cache plugin (order 300): per stage and method, AWS's cache semantics over a CacheStore in memory
 * (size-bounded LRU) or in Redis. PLACEHOLDER: the contract only; the implementation lands with its tests.
 */
import type { MethodPlugin } from "../../pipeline/method-plugins";
import type { Logger } from "../../ports/logger";

export interface CachePluginOptions {
  logger: Logger;
  /** Shared store for every runtime process; absent: in memory, per process. */
  redisUrl?: string;
  /** Caps every stage's byte budget on this host (PORTICO_CACHE_MAX_BYTES); absent: the size's budget. */
  maxBytesPerStage?: number;
}

export function createCachePlugin(options: CachePluginOptions): MethodPlugin {
  void options;
  return { name: "cache", order: 300, compile: () => null };
}
