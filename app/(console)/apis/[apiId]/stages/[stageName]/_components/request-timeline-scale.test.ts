import { describe, expect, it } from "vitest";
import type { RequestStep } from "@/lib/domain/runtime-contract";
import { formatAxisMs, formatShortMs, timelineScale } from "./request-timeline-scale";

describe("request timeline scale", () => {
  it("places steps on one axis from arrival to the response, in start order", () => {
    const steps: RequestStep[] = [
      { step: "integration", startMs: 2, durationMs: 6, outcome: "ok", detail: "status 200" },
      { step: "route", startMs: 0, durationMs: 2, outcome: "ok" },
    ];
    const { totalMs, bars, ticks } = timelineScale(steps, 10);
    expect(totalMs).toBe(10);
    expect(bars.map((bar) => [bar.step, bar.label, bar.leftPct, bar.widthPct])).toEqual([
      ["route", "Route", 0, 20],
      ["integration", "Integration", 20, 60],
    ]);
    expect(ticks).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it("the axis stretches to a step that ends after the recorded latency", () => {
    const { totalMs } = timelineScale([{ step: "integration", startMs: 1, durationMs: 11, outcome: "error" }], 10);
    expect(totalMs).toBe(12);
  });

  it("an instant step still shows as a sliver inside the axis, and its outcome is written out", () => {
    const { bars } = timelineScale(
      [
        { step: "route", startMs: 0, durationMs: 0, outcome: "stopped", detail: "GET /pets/1" },
        { step: "cache", startMs: 4, durationMs: 0, outcome: "hit" },
      ],
      4,
    );
    expect(bars[0]).toMatchObject({ leftPct: 0, widthPct: 0.75, outcomeLabel: "stopped here" });
    expect(bars[1].leftPct + bars[1].widthPct).toBeLessThanOrEqual(100);
    expect(bars[1].outcomeLabel).toBe("cache hit");
  });

  it("a request with no measurable time does not divide by zero", () => {
    const { totalMs, bars } = timelineScale([{ step: "route", startMs: 0, durationMs: 0, outcome: "stopped" }], 0);
    expect(totalMs).toBe(1);
    expect(Number.isFinite(bars[0].leftPct)).toBe(true);
  });

  it("sub-millisecond times stay distinguishable", () => {
    expect(formatShortMs(0.01)).toBe("< 0.1 ms");
    expect(formatShortMs(0.3)).toBe("0.3 ms");
    expect(formatShortMs(null)).toBe("—");
    expect([0, 0.125, 0.25].map((ms) => formatAxisMs(ms, 0.25))).toEqual(["0.00 ms", "0.13 ms", "0.25 ms"]);
    expect(formatAxisMs(120, 240)).toBe("120 ms");
  });
});
