/**
 * Fixed latency buckets shared by the runtime (which counts) and the console (which reads percentiles).
 * Fixed buckets let deltas from many runtimes be summed without keeping samples.
 */
export const LATENCY_BUCKETS_MS: readonly number[] = [
  1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 32, 40, 50, 65, 80, 100, 130, 160, 200, 250, 320, 400, 500, 650, 800,
  1000, 1300, 1600, 2000, 2500, 3200, 4000, 5000, 6500, 8000, 10000, 13000, 16000, 20000, 25000, 30000,
];

/** Index of the bucket for a latency; the last index collects everything above the last bound. */
export function bucketIndex(latencyMs: number): number {
  let lo = 0;
  let hi = LATENCY_BUCKETS_MS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (latencyMs <= LATENCY_BUCKETS_MS[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function emptyHistogram(): number[] {
  return new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
}

export function addHistograms(into: number[], from: readonly number[]): number[] {
  for (let i = 0; i < into.length; i++) into[i] += from[i] ?? 0;
  return into;
}

/** Upper bound of the bucket holding the q-quantile (0 < q <= 1); null for an empty histogram. */
export function percentile(histogram: readonly number[], q: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i];
    if (seen >= rank) return i < LATENCY_BUCKETS_MS.length ? LATENCY_BUCKETS_MS[i] : LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1];
  }
  return LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1];
}
