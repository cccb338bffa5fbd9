import { describe, expect, it } from "vitest";
import { addHistograms, bucketIndex, emptyHistogram, LATENCY_BUCKETS_MS, percentile } from "./histogram";

describe("latency histogram", () => {
  it("puts a latency in the first bucket whose bound is not below it", () => {
    expect(bucketIndex(0.3)).toBe(0);
    expect(bucketIndex(1)).toBe(0);
    expect(bucketIndex(1.01)).toBe(1);
    expect(bucketIndex(7)).toBe(LATENCY_BUCKETS_MS.indexOf(8));
    expect(bucketIndex(1e9)).toBe(LATENCY_BUCKETS_MS.length);
  });

  it("reads p50 and p99 from counts", () => {
    const h = emptyHistogram();
    for (let i = 0; i < 98; i++) h[bucketIndex(3)]++;
    h[bucketIndex(400)]++;
    h[bucketIndex(400)]++;
    expect(percentile(h, 0.5)).toBe(3);
    expect(percentile(h, 0.99)).toBe(400);
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
});
