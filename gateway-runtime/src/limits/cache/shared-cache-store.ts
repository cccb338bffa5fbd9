/**
 * The response cache shared through Redis, kept harmless when Redis is not: while it is unreachable (refused,
 * lost, slower than the timeout, failing) every lookup is a miss and nothing is stored, so requests go to the
 * integration as if the method were not cached. One warning when that starts, one line when Redis is back, and
 * health() says so for the admin /healthz. A cache outage must never become an API outage.
 */
import { Redis } from "ioredis";
import type { Logger } from "../../ports/logger";
import type { PluginHealth } from "../../pipeline/method-plugins";
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

type State = "connecting" | "up" | "down";

export class SharedCacheStore implements CacheStore {
  private readonly client: Redis;
  private readonly remote: RedisCacheStore;
  private state: State = "connecting";
  private reason = "";
  private probe: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(private readonly options: SharedCacheStoreOptions) {
    this.client = new Redis(options.redisUrl, {
      commandTimeout: options.timeoutMs ?? 250,
      // Fail at once while disconnected instead of queueing: the request goes to the integration meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.remote = new RedisCacheStore(this.client, options.keyPrefix ?? DEFAULT_CACHE_KEY_PREFIX);
    this.client.on("ready", () => this.markUp());
    this.client.on("error", (error: Error) => this.markDown(error.message));
    this.client.on("close", () => this.markDown("connection closed"));
  }

  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined> {
    if (this.state !== "up") return undefined;
    return this.remote.get(key).catch((error: unknown) => {
      this.markDown(error instanceof Error ? error.message : String(error));
      return undefined;
    });
  }

  set(key: string, response: CachedResponse, ttlMs: number): void | Promise<void> {
    if (this.state !== "up") return;
    return this.remote.set(key, response, ttlMs).catch((error: unknown) => {
      this.markDown(error instanceof Error ? error.message : String(error));
    });
  }

  health(): PluginHealth {
    if (this.state === "up") return { name: "cache", ok: true, detail: "shared through Redis" };
    const why = this.state === "connecting" ? "connecting to Redis" : `Redis unreachable (${this.reason})`;
    return { name: "cache", ok: false, detail: `${why}; cached methods go to their integrations meanwhile` };
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.probe) clearInterval(this.probe);
    if (this.client.status === "ready") await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }

  private markUp(): void {
    if (this.closing || this.state === "up") return;
    if (this.state === "down") this.options.logger.info("Redis reachable again: the response cache is shared again");
    this.state = "up";
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
  }

  private markDown(reason: string): void {
    if (this.closing || this.state === "down") return;
    this.state = "down";
    this.reason = reason;
    this.options.logger.warn("Redis unreachable: cached methods are served by their integrations until it is back", { reason });
    // A lost connection comes back through "ready"; a connected but slow or failing Redis through this probe.
    this.probe = setInterval(() => this.probeConnected(), this.options.probeIntervalMs ?? 1_000);
    this.probe.unref();
  }

  private probeConnected(): void {
    if (this.client.status !== "ready") return;
    this.client.ping().then(
      () => this.markUp(),
      () => undefined,
    );
  }
}
