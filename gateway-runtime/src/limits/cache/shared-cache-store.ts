/**
 * The response cache shared through Redis, kept harmless when Redis is not: while it is unreachable (refused,
 * lost, slower than the timeout, failing) every lookup is a miss and nothing is stored, so requests go to the
 * integration as if the method were not cached. One warning when that starts, one line when Redis is back, and
 * health() says so for the admin /healthz (see ../redis-link). A cache outage must never become an API outage.
 */
import type { Logger } from "../../ports/logger";
import type { PluginHealth } from "../../pipeline/method-plugins";
import { RedisLink } from "../redis-link";
import type { CacheStore, CachedResponse } from "./cache-store";
import { DEFAULT_CACHE_KEY_PREFIX, RedisCacheStore } from "./redis-cache-store";

export interface SharedCacheStoreOptions {
  redisUrl: string;
  logger: Logger;
  keyPrefix?: string;
  /** A call slower than this counts as Redis being unreachable (default 250 ms: entries reach 1 MB). */
  timeoutMs?: number;
  /** How often a degraded store checks whether a connected Redis answers again (default 1 s). */
  probeIntervalMs?: number;
}

export class SharedCacheStore implements CacheStore {
  private readonly link: RedisLink;
  private readonly remote: RedisCacheStore;

  constructor(options: SharedCacheStoreOptions) {
    this.link = new RedisLink({
      redisUrl: options.redisUrl,
      logger: options.logger,
      timeoutMs: options.timeoutMs ?? 250,
      probeIntervalMs: options.probeIntervalMs,
      name: "cache",
      whileDown: "cached methods go to their integrations",
      whenBack: "the response cache is shared again",
    });
    this.remote = new RedisCacheStore(this.link.client, options.keyPrefix ?? DEFAULT_CACHE_KEY_PREFIX);
  }

  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined> {
    if (!this.link.up) return undefined;
    return this.link.call(this.remote.get(key)).catch(() => undefined);
  }

  set(key: string, response: CachedResponse, ttlMs: number): void | Promise<void> {
    if (!this.link.up) return;
    return this.link.call(this.remote.set(key, response, ttlMs)).catch(() => undefined);
  }

  health(): PluginHealth {
    return this.link.health("shared through Redis");
  }

  close(): Promise<void> {
    return this.link.close();
  }
}
