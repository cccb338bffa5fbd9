/**
 * The in-memory CacheStore: one least-recently-used map per stage, bounded in bytes (the stage's cache size),
 * entries dropped at their TTL. get() is synchronous, so a hit costs a map lookup and no await.
 */
import { LRUCache } from "lru-cache";
import { entrySize, type CacheStore, type CachedResponse } from "./cache-store";

export class MemoryCacheStore implements CacheStore {
  private readonly lru: LRUCache<string, CachedResponse>;

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (response, key) => entrySize(key, response),
    });
  }

  get(key: string): CachedResponse | undefined {
    return this.lru.get(key);
  }

  set(key: string, response: CachedResponse, ttlMs: number): void {
    // An entry larger than the whole budget is silently not stored (lru-cache's maxEntrySize defaults to maxSize).
    this.lru.set(key, response, { ttl: ttlMs });
  }

  get entries(): number {
    return this.lru.size;
  }

  get bytes(): number {
    return this.lru.calculatedSize;
  }

  close(): Promise<void> {
    this.lru.clear();
    return Promise.resolve();
  }
}
