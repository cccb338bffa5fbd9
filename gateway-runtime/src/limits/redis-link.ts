/**
 * One Redis connection a runtime feature shares state through (limits, the response cache), with the one policy
 * both need: while Redis is unreachable (refused, lost, slower than the deadline, failing) the feature works
 * locally; one warning when that starts, one line when Redis is back, and a health entry for the admin /healthz.
 * A Redis outage must never become an API outage.
 */
import { Redis } from "ioredis";
import type { Logger } from "../ports/logger";
import type { PluginHealth } from "../pipeline/method-plugins";

export interface RedisLinkOptions {
  redisUrl: string;
  logger: Logger;
  /** A call slower than this counts as Redis being unreachable. */
  timeoutMs: number;
  /** How often a degraded link checks whether a connected Redis answers again (default 1 s). */
  probeIntervalMs?: number;
  /** What the health entry is called ("limits", "cache"). */
  name: string;
  /** Logged and reported while Redis is down: what the feature does meanwhile. */
  whileDown: string;
  /** Logged when Redis is back. */
  whenBack: string;
  /** Called each time Redis becomes reachable (to resend what it has not confirmed). */
  onUp?: () => void;
}

type State = "connecting" | "up" | "down";

export class RedisLink {
  readonly client: Redis;
  private state: State = "connecting";
  private reason = "";
  private probe: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(private readonly options: RedisLinkOptions) {
    this.client = new Redis(options.redisUrl, {
      // Fail at once while disconnected instead of queueing: the feature works locally meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A connection that died silently (no RST) is noticed and replaced.
      keepAlive: 10_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.client.on("ready", () => this.markUp());
    this.client.on("error", (error: Error) => this.markDown(error.message));
    this.client.on("close", () => this.markDown("connection closed"));
  }

  get up(): boolean {
    return this.state === "up";
  }

  /** `work` within the deadline; a failure or a late answer marks the link down and rejects. */
  call<T>(work: Promise<T>): Promise<T> {
    return withDeadline(work, this.options.timeoutMs).catch((error: unknown) => {
      this.markDown(error instanceof Error ? error.message : String(error));
      throw error;
    });
  }

  health(upDetail: string): PluginHealth {
    if (this.state === "up") return { name: this.options.name, ok: true, detail: upDetail };
    const why = this.state === "connecting" ? "connecting to Redis" : `Redis unreachable (${this.reason})`;
    return { name: this.options.name, ok: false, detail: `${why}; ${this.options.whileDown}` };
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.probe) clearInterval(this.probe);
    if (this.client.status === "ready") await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }

  markDown(reason: string): void {
    if (this.closing || this.state === "down") return;
    this.state = "down";
    this.reason = reason;
    this.options.logger.warn(`Redis unreachable: ${this.options.whileDown} until it is back`, { reason });
    // A lost connection comes back through "ready"; a connected but slow or failing Redis through this probe.
    this.probe = setInterval(() => this.probeConnected(), this.options.probeIntervalMs ?? 1_000);
    this.probe.unref();
  }

  private markUp(): void {
    if (this.closing || this.state === "up") return;
    if (this.state === "down") this.options.logger.info(`Redis reachable again: ${this.options.whenBack}`);
    this.state = "up";
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    this.options.onUp?.();
  }

  private probeConnected(): void {
    if (this.client.status !== "ready") return;
    withDeadline(this.client.ping(), this.options.timeoutMs).then(
      () => this.markUp(),
      () => undefined,
    );
  }
}

/**
 * `work`, or a rejection once `ms` have passed without an answer. Not ioredis's commandTimeout: a busy process runs
 * its timers before reading the sockets in the same loop turn, so a reply already waiting would count as late and
 * push the runtime onto local state exactly when it is loaded. The deadline is checked again after this turn's I/O.
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
