import { describe, expect, it } from "vitest";
import { quotaFraction, quotaSummary, quotaUsageText, throttleSummary } from "./plan-format";

describe("plan format", () => {
  it("reads a quota as requests per period, naming a start day when there is one", () => {
    expect(quotaSummary({ limit: 3, period: "DAY", offset: 0 })).toBe("3 per day");
    expect(quotaSummary({ limit: 10000, period: "MONTH", offset: 4 })).toBe("10,000 per month (starts on day 4)");
    expect(quotaSummary(undefined)).toBe("No quota");
  });

  it("reads a throttle as a rate and a burst", () => {
    expect(throttleSummary({ rateLimit: 0.5, burstLimit: 2 })).toBe("0.5 req/s, burst 2");
    expect(throttleSummary(null)).toBe("No throttling");
  });

  it("shows usage against the quota and how full the bar is", () => {
    expect(quotaUsageText(2, 3, "DAY")).toBe("2 / 3 per day");
    expect(quotaFraction(2, 4)).toBe(0.5);
    expect(quotaFraction(9, 4)).toBe(1);
    expect(quotaFraction(0, 0)).toBe(1);
  });
});
