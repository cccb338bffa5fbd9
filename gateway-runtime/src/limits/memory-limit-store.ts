/**
 * The in-memory LimitStore: AWS's throttling buckets and usage-plan quotas for this process only. Synchronous, so a
 * method with API keys and usage plans stays on the pipeline's sync path.
 */
import { refill, type AdmitRequest, type AdmitResult, type LimitStore, type QuotaAdjustment } from "./limit-store";

interface BucketState {
  tokens: number;
  updatedMs: number;
  rateLimit: number;
  burstLimit: number;
}

interface Counter {
  used: number;
  endMs: number;
}

/** How often idle state is dropped; an absent bucket is a full one, so dropping a refilled bucket changes nothing. */
const SWEEP_EVERY_MS = 60_000;

export class MemoryLimitStore implements LimitStore {
  private readonly buckets = new Map<string, BucketState>();
  private readonly counters = new Map<string, Counter>();
  /** Adjustment ids already applied, with the end of their period (forgotten after it). */
  private readonly adjustments = new Map<string, number>();
  private lastSweepMs = 0;

  admit(request: AdmitRequest): AdmitResult {
    const { buckets, quota, nowMs } = request;
    if (nowMs - this.lastSweepMs > SWEEP_EVERY_MS) this.sweep(nowMs);
    // Check all first: a request refused by one bucket takes no token from the others (AWS counts it nowhere).
    for (let i = 0; i < buckets.length; i++) {
      const spec = buckets[i];
      const state = this.buckets.get(spec.id);
      const tokens = state ? refill(state.tokens, nowMs - state.updatedMs, spec) : spec.burstLimit;
      if (tokens < 1) return "throttled";
    }
    for (let i = 0; i < buckets.length; i++) {
      const spec = buckets[i];
      const state = this.buckets.get(spec.id);
      if (state) {
        state.tokens = refill(state.tokens, nowMs - state.updatedMs, spec) - 1;
        state.updatedMs = Math.max(nowMs, state.updatedMs);
        state.rateLimit = spec.rateLimit;
        state.burstLimit = spec.burstLimit;
      } else {
        this.buckets.set(spec.id, { tokens: spec.burstLimit - 1, updatedMs: nowMs, rateLimit: spec.rateLimit, burstLimit: spec.burstLimit });
      }
    }
    if (!quota) return "admitted";
    const key = `${quota.counterId}@${quota.window.startMs}`;
    const counter = this.counters.get(key);
    if (!counter) {
      if (quota.limit <= 0) return "quota-exceeded";
      this.counters.set(key, { used: 1, endMs: quota.window.endMs });
      return "admitted";
    }
    if (counter.used >= quota.limit) return "quota-exceeded";
    counter.used++;
    return "admitted";
  }

  adjustQuota(adjustment: QuotaAdjustment): void {
    if (this.adjustments.has(adjustment.id) || adjustment.window.endMs <= adjustment.nowMs) return;
    this.adjustments.set(adjustment.id, adjustment.window.endMs);
    this.counters.set(`${adjustment.counterId}@${adjustment.window.startMs}`, { used: adjustment.used, endMs: adjustment.window.endMs });
  }

  close(): Promise<void> {
    this.buckets.clear();
    this.counters.clear();
    return Promise.resolve();
  }

  private sweep(nowMs: number): void {
    this.lastSweepMs = nowMs;
    for (const [id, state] of this.buckets) {
      // A bucket with rate 0 never refills: it must be kept, or it would come back full.
      if (state.rateLimit > 0 && refill(state.tokens, nowMs - state.updatedMs, state) >= state.burstLimit) this.buckets.delete(id);
    }
    for (const [key, counter] of this.counters) if (counter.endMs <= nowMs) this.counters.delete(key);
    for (const [id, endMs] of this.adjustments) if (endMs <= nowMs) this.adjustments.delete(id);
  }
}
