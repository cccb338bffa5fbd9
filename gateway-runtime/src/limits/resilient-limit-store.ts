/**
 * Limits shared through Redis that keep working without it: while Redis is unreachable (connection refused or lost,
 * a call slower than the timeout, any error) every request is decided by this process's memory store, one warning
 * is logged when that starts and one line when Redis is back, and health() says so for the admin /healthz.
 * A gateway that stops serving because its rate-limit store is down would turn a Redis outage into an API outage.
 */
import type { Logger } from "../ports/logger";
import type { PluginHealth } from "../pipeline/method-plugins";
import type { AdmitRequest, AdmitResult, LimitStore, QuotaAdjustment } from "./limit-store";
import { MemoryLimitStore } from "./memory-limit-store";
import { DEFAULT_KEY_PREFIX, RedisLimitStore } from "./redis-limit-store";
import { RedisLink } from "./redis-link";

export interface ResilientLimitStoreOptions {
  redisUrl: string;
  logger: Logger;
  keyPrefix?: string;
  /** A call slower than this counts as Redis being unreachable (default 50 ms). */
  timeoutMs?: number;
  /** How often a degraded store checks whether a connected Redis answers again (default 1 s). */
  probeIntervalMs?: number;
}

export class ResilientLimitStore implements LimitStore {
  /** Decides while Redis is unreachable; also holds every quota adjustment, so local quotas honour them. */
  readonly local = new MemoryLimitStore();
  private readonly link: RedisLink;
  private readonly remote: RedisLimitStore;
  /** Adjustments Redis has not confirmed yet; sent again when it is back. */
  private readonly pending = new Map<string, QuotaAdjustment>();

  constructor(options: ResilientLimitStoreOptions) {
    this.link = new RedisLink({
      redisUrl: options.redisUrl,
      logger: options.logger,
      timeoutMs: options.timeoutMs ?? 50,
      probeIntervalMs: options.probeIntervalMs,
      name: "limits",
      whileDown: "throttling and quotas are local to this process",
      whenBack: "throttling and quotas are shared again",
      onUp: () => this.sendPending(),
    });
    this.remote = new RedisLimitStore(this.link.client, options.keyPrefix ?? DEFAULT_KEY_PREFIX);
  }

  admit(request: AdmitRequest): AdmitResult | Promise<AdmitResult> {
    if (!this.link.up) return this.local.admit(request);
    return this.link.call(this.remote.admit(request)).catch(() => this.local.admit(request));
  }

  adjustQuota(adjustment: QuotaAdjustment): void {
    this.local.adjustQuota(adjustment);
    this.pending.set(adjustment.id, adjustment);
    if (this.link.up) this.sendPending();
  }

  health(): PluginHealth {
    return this.link.health("shared through Redis");
  }

  async close(): Promise<void> {
    await this.link.close();
    await this.local.close();
  }

  private sendPending(): void {
    for (const adjustment of this.pending.values()) {
      this.remote.adjustQuota(adjustment).then(
        () => this.pending.delete(adjustment.id),
        (error: unknown) => this.link.markDown(error instanceof Error ? error.message : String(error)),
      );
    }
  }
}
