/**
 * The Redis LimitStore: AWS's throttling buckets and usage-plan quotas shared by every runtime on one Redis, one Lua
 * call per request (redis-scripts.ts). Errors and timeouts reject; resilient-limit-store.ts decides what to do then.
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { AdmitRequest, AdmitResult, LimitStore, QuotaAdjustment } from "./limit-store";
import { ADJUST_SCRIPT, ADMIT_SCRIPT } from "./redis-scripts";

export const DEFAULT_KEY_PREFIX = "portico:limits:";

/** Quota counters outlive their period by this much, for runtimes whose clocks run a little behind. */
const QUOTA_TTL_MARGIN_MS = 3_600_000;

const RESULTS: readonly AdmitResult[] = ["admitted", "throttled", "quota-exceeded"];

export class LuaScript {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash("sha1").update(source).digest("hex");
  }

  /** EVALSHA, loading the script with EVAL the first time a server has not seen it (after a restart or a flush). */
  async run(client: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return client.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

const admitScript = new LuaScript(ADMIT_SCRIPT);
const adjustScript = new LuaScript(ADJUST_SCRIPT);

export class RedisLimitStore implements LimitStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix = DEFAULT_KEY_PREFIX,
  ) {}

  async admit(request: AdmitRequest): Promise<AdmitResult> {
    const keys: string[] = [];
    const args: (string | number)[] = [request.nowMs, request.buckets.length];
    for (const bucket of request.buckets) {
      keys.push(`${this.prefix}b:${bucket.id}`);
      args.push(bucket.rateLimit, bucket.burstLimit);
    }
    const quota = request.quota;
    if (quota) {
      keys.push(this.quotaKey(quota.counterId, quota.window.startMs));
      args.push(quota.limit, Math.max(1, quota.window.endMs - request.nowMs) + QUOTA_TTL_MARGIN_MS);
    }
    const answer = await admitScript.run(this.client, keys, args);
    const result = typeof answer === "number" ? RESULTS[answer] : undefined;
    if (!result) throw new Error(`unexpected answer from the limits script: ${String(answer)}`);
    return result;
  }

  async adjustQuota(adjustment: QuotaAdjustment): Promise<void> {
    if (adjustment.window.endMs <= adjustment.nowMs) return;
    const ttl = adjustment.window.endMs - adjustment.nowMs + QUOTA_TTL_MARGIN_MS;
    await adjustScript.run(
      this.client,
      [`${this.prefix}adj:${adjustment.id}`, this.quotaKey(adjustment.counterId, adjustment.window.startMs)],
      [adjustment.used, ttl],
    );
  }

  /** Closing the client is the owner's business (the resilient store shares it with its health probe). */
  close(): Promise<void> {
    return Promise.resolve();
  }

  private quotaKey(counterId: string, startMs: number): string {
    return `${this.prefix}q:${counterId}:${startMs}`;
  }
}
