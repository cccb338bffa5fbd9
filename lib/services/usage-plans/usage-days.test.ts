import { describe, expect, it } from "vitest";
import { daysBetween, usagePair, usedInPeriodThrough } from "./usage-days";

const week = { limit: 100, period: "WEEK" as const, offset: 1 }; // weeks start on Monday
// 2026-11-16 is a Monday.
const usage = new Map([["2026-11-15", 50], ["2026-11-16", 10], ["2026-11-17", 20]]);

describe("usage days", () => {
  it("counts use from the start of the quota period only", () => {
    expect(usedInPeriodThrough(week, "2026-11-15", usage, [])).toBe(50);
    expect(usedInPeriodThrough(week, "2026-11-17", usage, [])).toBe(30);
    expect(usagePair(week, "2026-11-17", usage, [])).toEqual([20, 70]);
  });

  it("applies the latest adjustment of the period from the end of its day", () => {
    const adjustment = { periodStart: new Date("2026-11-16T00:00:00Z"), used: 90, createdAt: new Date("2026-11-16T12:00:00Z") };
    expect(usedInPeriodThrough(week, "2026-11-16", usage, [adjustment])).toBe(90);
    expect(usedInPeriodThrough(week, "2026-11-17", usage, [adjustment])).toBe(110);
    expect(usagePair(week, "2026-11-17", usage, [adjustment])).toEqual([20, 0]);
    // An adjustment for another period changes nothing.
    expect(usedInPeriodThrough(week, "2026-11-17", usage, [{ ...adjustment, periodStart: new Date("2026-11-09T00:00:00Z") }])).toBe(30);
  });

  it("lists every day of a range, across month ends", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});
