import { describe, expect, it } from "vitest";
import { quotaPeriodAt } from "./quota-period";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe("quotaPeriodAt", () => {
  it("gives the UTC day for DAY", () => {
    const window = quotaPeriodAt({ period: "DAY", offset: 0 }, at("2026-11-21T23:59:59.999Z"));
    expect([iso(window.startMs), iso(window.endMs)]).toEqual(["2026-11-21T00:00:00.000Z", "2026-11-22T00:00:00.000Z"]);
  });

  it("starts WEEK on the offset's weekday (0 Sunday, 1 Monday)", () => {
    // 2026-11-21 is a Saturday.
    expect(iso(quotaPeriodAt({ period: "WEEK", offset: 0 }, at("2026-11-21T12:00:00Z")).startMs)).toBe("2026-11-15T00:00:00.000Z");
    expect(iso(quotaPeriodAt({ period: "WEEK", offset: 1 }, at("2026-11-21T12:00:00Z")).startMs)).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(quotaPeriodAt({ period: "WEEK", offset: 6 }, at("2026-11-21T12:00:00Z")).startMs)).toBe("2026-11-21T00:00:00.000Z");
    expect(iso(quotaPeriodAt({ period: "WEEK", offset: 6 }, at("2026-11-20T23:59:59Z")).startMs)).toBe("2026-11-14T00:00:00.000Z");
  });

  it("starts MONTH on day offset+1 and crosses year ends", () => {
    const window = quotaPeriodAt({ period: "MONTH", offset: 9 }, at("2026-01-05T00:00:00Z"));
    expect([iso(window.startMs), iso(window.endMs)]).toEqual(["2025-12-10T00:00:00.000Z", "2026-01-10T00:00:00.000Z"]);
    expect(iso(quotaPeriodAt({ period: "MONTH", offset: 0 }, at("2026-02-28T10:00:00Z")).endMs)).toBe("2026-03-01T00:00:00.000Z");
  });
});
