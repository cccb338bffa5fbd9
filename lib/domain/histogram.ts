/**
 * Fixed latency buckets shared by the runtime (which counts) and the console (which reads percentiles).
 * Fixed buckets let deltas from many runtimes (and many minutes, for hourly rollups) be summed without keeping
 * samples. The bounds are Prometheus's native-histogram schema 3: 2^(k/8) ms, so each bucket is 9% wider than the
 * one before it and a percentile read from the buckets is within 9% of the true value, from 1 ms to 30 s.
 */
const GROWTH = 2 ** (1 / 8);

/** Upper bounds (ms, inclusive); a last, open bucket counts everything above 30 s. */
export const LATENCY_BUCKETS_MS: readonly number[] = (() => {
  const bounds: number[] = [];
  for (let k = 0; ; k++) {
    const bound = Math.round(GROWTH ** k * 1000) / 1000;
    bounds.push(Math.min(bound, 30_000));
    if (bound >= 30_000) return bounds;
  }
})();

/** Relative width of one bucket: the most a percentile estimate can be off by. */
export const HISTOGRAM_RELATIVE_ERROR = GROWTH - 1;

/**
 * The bounds histograms used before the schema-3 layout (kept so stored rows written by older runtimes still read
 * right: normalizeHistogram moves each old bucket's count into the new bucket that holds its upper bound).
 */
const LEGACY_BUCKETS_MS: readonly number[] = [
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

/** A stored histogram in today's layout: legacy-layout arrays are converted, anything else unreadable is empty. */
export function normalizeHistogram(stored: unknown): number[] {
  if (!Array.isArray(stored) || !stored.every((n) => typeof n === "number" && Number.isFinite(n))) return emptyHistogram();
  if (stored.length === LATENCY_BUCKETS_MS.length + 1) return stored as number[];
  if (stored.length !== LEGACY_BUCKETS_MS.length + 1) return emptyHistogram();
  const out = emptyHistogram();
  for (let i = 0; i < stored.length; i++) {
    const bound = i < LEGACY_BUCKETS_MS.length ? LEGACY_BUCKETS_MS[i] : Number.POSITIVE_INFINITY;
    out[bucketIndex(bound)] += stored[i] as number;
  }
  return out;
}

/**
 * The q-quantile (0 < q <= 1) by nearest rank, interpolated linearly inside its bucket and never above `maxMs`
 * when the caller knows the true maximum. null for an empty histogram.
 */
export function percentile(histogram: readonly number[], q: number, maxMs?: number): number | null {
  let total = 0;
  for (const n of histogram) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    const inBucket = histogram[i];
    if (seen + inBucket < rank) {
      seen += inBucket;
      continue;
    }
    const last = LATENCY_BUCKETS_MS.length - 1;
    const upper = i <= last ? LATENCY_BUCKETS_MS[i] : (maxMs ?? LATENCY_BUCKETS_MS[last]);
    const lower = i === 0 ? 0 : LATENCY_BUCKETS_MS[Math.min(i - 1, last)];
    const estimate = lower + ((upper - lower) * (rank - seen)) / inBucket;
    const rounded = Math.round(estimate * 100) / 100;
    return maxMs !== undefined ? Math.min(rounded, maxMs) : rounded;
  }
  return maxMs ?? LATENCY_BUCKETS_MS[LATENCY_BUCKETS_MS.length - 1];
}
