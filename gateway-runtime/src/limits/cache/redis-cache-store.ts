/**
 * The Redis CacheStore: entries every runtime process shares (AWS's cache cluster is one per stage, whichever
 * node answers). One GET or SET PX per request; values are binary (cache-entry-codec.ts). Errors and timeouts
 * reject; shared-cache-store.ts turns them into misses.
 */
import type { Redis } from "ioredis";
import type { CacheStore, CachedResponse } from "./cache-store";
import { decodeCachedResponse, encodeCachedResponse } from "./cache-entry-codec";

export const DEFAULT_CACHE_KEY_PREFIX = "portico:cache:";

export class RedisCacheStore implements CacheStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix = DEFAULT_CACHE_KEY_PREFIX,
  ) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const bytes = await this.client.getBuffer(this.prefix + key);
    return (bytes && decodeCachedResponse(bytes)) ?? undefined;
  }

  async set(key: string, response: CachedResponse, ttlMs: number): Promise<void> {
    await this.client.set(this.prefix + key, encodeCachedResponse(response), "PX", Math.max(1, Math.round(ttlMs)));
  }
}
