/**
 * The LimitStore port: AWS's token-bucket throttling and usage-plan quotas as one decision per request.
 * Implementations: memory (this process, synchronous) and Redis (every runtime sharing it, one Lua call).
 */
import type { QuotaWindow } from "../../../lib/domain/usage/quota-period";
import type { Awaitable } from "../pipeline/stage";

/** One token bucket: `burstLimit` tokens, refilled at `rateLimit` per second, full when first seen. */
export interface BucketSpec {
  /** Stable across config reloads, so a bucket keeps its tokens when the config version changes. */
  readonly id: string;
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/** One usage-plan quota counter: `counterId` names the (plan, key), `window` the quota period (UTC). */
export interface QuotaSpec {
  readonly counterId: string;
  readonly limit: number;
  readonly window: QuotaWindow;
}

export interface AdmitRequest {
  readonly buckets: readonly BucketSpec[];
  readonly quota: QuotaSpec | null;
  /** The limits clock (a test clock may move it). */
  readonly nowMs: number;
}

/**
 * admitted: every bucket gave a token and the quota counted the request.
 * throttled: some bucket was empty; nothing was consumed. quota-exceeded: tokens were taken, the quota was full.
 */
export type AdmitResult = "admitted" | "throttled" | "quota-exceeded";

/** UpdateUsage as a store applies it: once per id, the counter of `window` becomes `used`. */
export interface QuotaAdjustment {
  readonly id: string;
  readonly counterId: string;
  readonly window: QuotaWindow;
  readonly used: number;
  readonly nowMs: number;
}

export interface LimitStore {
  /** Checks every bucket, takes a token from each only if all have one, then checks and counts the quota. */
  admit(request: AdmitRequest): Awaitable<AdmitResult>;
  adjustQuota(adjustment: QuotaAdjustment): Awaitable<void>;
  close(): Promise<void>;
}

/** Tokens a bucket holds `elapsedMs` after it held `tokens`, never above its capacity. */
export function refill(tokens: number, elapsedMs: number, bucket: Pick<BucketSpec, "rateLimit" | "burstLimit">): number {
  const refilled = tokens + (Math.max(0, elapsedMs) * bucket.rateLimit) / 1000;
  return refilled < bucket.burstLimit ? refilled : bucket.burstLimit;
}
