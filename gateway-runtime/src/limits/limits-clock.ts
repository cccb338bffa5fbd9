/**
 * The clock throttling buckets and quota periods read. Real time, unless a test moves it: the test clock keeps
 * running at real speed from wherever it was set, so bucket refills still happen while quota periods can be jumped.
 */
export interface LimitsClock {
  now(): number;
}

export const systemClock: LimitsClock = { now: () => Date.now() };

export class AdjustableClock implements LimitsClock {
  private offsetMs = 0;

  constructor(private readonly base: LimitsClock = systemClock) {}

  now(): number {
    return this.base.now() + this.offsetMs;
  }

  advance(ms: number): number {
    this.offsetMs += ms;
    return this.now();
  }

  set(nowMs: number): number {
    this.offsetMs = nowMs - this.base.now();
    return this.now();
  }
}

/** A clock that moves only when told to: unit tests of buckets and quotas without waiting. */
export class ManualClock implements LimitsClock {
  constructor(private nowMs: number) {}

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  set(nowMs: number): void {
    this.nowMs = nowMs;
  }
}
