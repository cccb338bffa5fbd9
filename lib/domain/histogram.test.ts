import { describe, expect, it } from "vitest";
import {
  addHistograms,
  bucketIndex,
  emptyHistogram,
  HISTOGRAM_RELATIVE_ERROR,
  LATENCY_BUCKETS_MS,
  normalizeHistogram,
  percentile,
} from "./histogram";

/** Nearest-rank percentile over the raw samples: the reference the histogram must match. */
function exactPercentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

function histogramOf(samples: number[]): number[] {
  const h = emptyHistogram();
  for (const s of samples) h[bucketIndex(s)]++;
  return h;
}

describe("latency histogram", () => {
  it("puts a latency in the first bucket whose bound is not below it", () => {
    expect(bucketIndex(0.3)).toBe(0);
    expect(bucketIndex(1)).toBe(0);
    expect(bucketIndex(1.01)).toBe(1);
    expect(bucketIndex(2)).toBe(LATENCY_BUCKETS_MS.indexOf(2));
    expect(bucketIndex(1e9)).toBe(LATENCY_BUCKETS_MS.length);
  });

  it("has bounds growing by 2^(1/8) from 1 ms to 30 s", () => {
    expect(LATENCY_BUCKETS_MS[0]).toBe(1);
    expect(LATENCY_BUCKETS_MS[8]).toBe(2);
    expect(LATENCY_BUCKETS_MS[80]).toBe(1024);
    expect(LATENCY_BUCKETS_MS.at(-1)).toBe(30_000);
  });

  it.each([
    ["uniform 1..1000 ms", Array.from({ length: 1000 }, (_, i) => i + 1)],
    ["a fast majority with a slow tail", [...Array.from({ length: 950 }, (_, i) => 3 + (i % 7)), ...Array.from({ length: 50 }, (_, i) => 400 + i * 37)]],
    ["log-normal-ish spread", Array.from({ length: 5000 }, (_, i) => Math.round(Math.exp(1 + ((i * 7919) % 5000) / 700)))],
  ])("matches the exact p50, p90 and p99 of %s within one bucket", (_name, samples) => {
    const h = histogramOf(samples);
    const max = Math.max(...samples);
    for (const q of [0.5, 0.9, 0.99]) {
      const reference = exactPercentile(samples, q);
      const estimate = percentile(h, q, max)!;
      expect(Math.abs(estimate - reference)).toBeLessThanOrEqual(reference * HISTOGRAM_RELATIVE_ERROR + 0.01);
    }
    expect(percentile(h, 1, max)).toBe(max);
  });

  it("has no percentile when empty", () => {
    expect(percentile(emptyHistogram(), 0.5)).toBeNull();
  });

  it("sums deltas from several runtimes", () => {
    const a = emptyHistogram();
    const b = emptyHistogram();
    a[2] = 3;
    b[2] = 4;
    b[5] = 1;
    const sum = addHistograms(a, b);
    expect(sum[2]).toBe(7);
    expect(sum[5]).toBe(1);
  });

  it("reads histograms stored in the earlier 44-bucket layout", () => {
    const legacy = new Array<number>(44).fill(0);
    legacy[2] = 5; // <= 3 ms
    legacy[43] = 1; // above 30 s
    const h = normalizeHistogram(legacy);
    expect(h).toHaveLength(LATENCY_BUCKETS_MS.length + 1);
    expect(h[bucketIndex(3)]).toBe(5);
    expect(h[LATENCY_BUCKETS_MS.length]).toBe(1);
    expect(normalizeHistogram("nonsense")).toEqual(emptyHistogram());
  });
});
