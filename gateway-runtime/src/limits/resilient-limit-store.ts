/**
 * Limits shared through Redis that keep working without it: while Redis is unreachable (connection refused or lost,
 * a call slower than the timeout, any error) every request is decided by this process's memory store, one warning
 * is logged when that starts and one line when Redis is back, and health() says so for the admin /healthz.
 * A gateway that stops serving because its rate-limit store is down would turn a Redis outage into an API outage.
 */
import { Redis } from "ioredis";
import type { Logger } from "../ports/logger";
import type { PluginHealth } from "../pipeline/method-plugins";
import type { AdmitRequest, AdmitResult, LimitStore, QuotaAdjustment } from "./limit-store";
import { MemoryLimitStore } from "./memory-limit-store";
import { DEFAULT_KEY_PREFIX, RedisLimitStore } from "./redis-limit-store";

export interface ResilientLimitStoreOptions {
  redisUrl: string;
  logger: Logger;
  keyPrefix?: string;
  /** A call slower than this counts as Redis being unreachable (default 50 ms). */
  timeoutMs?: number;
  /** How often a degraded store checks whether a connected Redis answers again (default 1 s). */
  probeIntervalMs?: number;
}

type State = "connecting" | "up" | "down";

export class ResilientLimitStore implements LimitStore {
  /** Decides while Redis is unreachable; also holds every quota adjustment, so local quotas honour them. */
  readonly local = new MemoryLimitStore();
  private readonly client: Redis;
  private readonly remote: RedisLimitStore;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private state: State = "connecting";
  private reason = "";
  private probe: NodeJS.Timeout | null = null;
  private closing = false;
  /** Adjustments Redis has not confirmed yet; sent again when it is back. */
  private readonly pending = new Map<string, QuotaAdjustment>();

  constructor(private readonly options: ResilientLimitStoreOptions) {
    this.logger = options.logger;
    this.timeoutMs = options.timeoutMs ?? 50;
    this.client = new Redis(options.redisUrl, {
      // Fail at once while disconnected instead of queueing: the request is decided locally meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A connection that died silently (no RST) is noticed and replaced.
      keepAlive: 10_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.remote = new RedisLimitStore(this.client, options.keyPrefix ?? DEFAULT_KEY_PREFIX);
    this.client.on("ready", () => this.markUp());
    this.client.on("error", (error: Error) => this.markDown(error.message));
    this.client.on("close", () => this.markDown("connection closed"));
  }

  admit(request: AdmitRequest): AdmitResult | Promise<AdmitResult> {
    if (this.state !== "up") return this.local.admit(request);
    return withDeadline(this.remote.admit(request), this.timeoutMs).catch((error: unknown) => {
      this.markDown(error instanceof Error ? error.message : String(error));
      return this.local.admit(request);
    });
  }

  adjustQuota(adjustment: QuotaAdjustment): void {
    this.local.adjustQuota(adjustment);
    this.pending.set(adjustment.id, adjustment);
    if (this.state === "up") this.sendPending();
  }

  health(): PluginHealth {
    if (this.state === "up") return { name: "limits", ok: true, detail: "shared through Redis" };
    const why = this.state === "connecting" ? "connecting to Redis" : `Redis unreachable (${this.reason})`;
    return { name: "limits", ok: false, detail: `${why}; throttling and quotas are local to this process` };
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.probe) clearInterval(this.probe);
    if (this.client.status === "ready") await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
    await this.local.close();
  }

  private markUp(): void {
    if (this.closing || this.state === "up") return;
    if (this.state === "down") this.logger.info("Redis reachable again: throttling and quotas are shared again");
    this.state = "up";
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    this.sendPending();
  }

  private markDown(reason: string): void {
    if (this.closing || this.state === "down") return;
    this.state = "down";
    this.reason = reason;
    this.logger.warn("Redis unreachable: throttling and quotas are local to this process until it is back", { reason });
    // A lost connection comes back through "ready"; a connected but slow or failing Redis through this probe.
    this.probe = setInterval(() => this.probeConnected(), this.options.probeIntervalMs ?? 1_000);
    this.probe.unref();
  }

  private probeConnected(): void {
    if (this.client.status !== "ready") return;
    withDeadline(this.client.ping(), this.timeoutMs).then(
      () => this.markUp(),
      () => undefined,
    );
  }

  private sendPending(): void {
    for (const adjustment of this.pending.values()) {
      this.remote.adjustQuota(adjustment).then(
        () => this.pending.delete(adjustment.id),
        (error: unknown) => this.markDown(error instanceof Error ? error.message : String(error)),
      );
    }
  }
}

/**
 * `work`, or a rejection once `ms` have passed without an answer. Not ioredis's commandTimeout: a busy process runs
 * its timers before reading the sockets in the same loop turn, so a reply already waiting would count as late and
 * push the runtime onto local limits exactly when it is loaded. The deadline is checked again after this turn's I/O.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      setImmediate(() => {
        if (settled) return;
        settled = true;
        reject(new Error(`no answer within ${ms} ms (timed out)`));
      });
    }, ms);
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
