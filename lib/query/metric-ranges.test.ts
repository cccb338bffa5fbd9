import { describe, expect, it } from "vitest";
import { autoRefreshByDefault, isMetricRange, METRIC_RANGES, metricsSearch } from "./metric-ranges";

describe("metricsSearch", () => {
  it("sends only the filters that are set", () => {
    expect(metricsSearch({ apiId: "abc123defg", range: "1h" })).toBe("apiId=abc123defg&range=1h");
  });

  it("names stage, resource and method, canary side and API key the way the metrics route reads them", () => {
    const params = new URLSearchParams(
      metricsSearch({ apiId: "a", range: "15m", stage: "dev", method: { resourcePath: "/pets/{id}", httpMethod: "GET" }, canary: false, apiKeyId: "k1" }),
    );
    expect(Object.fromEntries(params)).toEqual({ apiId: "a", stage: "dev", resourcePath: "/pets/{id}", httpMethod: "GET", canary: "false", apiKeyId: "k1", range: "15m" });
  });
});

describe("ranges", () => {
  it("refreshes by default up to three hours and not beyond", () => {
    expect(METRIC_RANGES.filter((range) => autoRefreshByDefault(range.id)).map((range) => range.id)).toEqual(["15m", "1h", "3h"]);
  });

  it("recognises only the eight ranges the route accepts", () => {
    expect(METRIC_RANGES.map((range) => range.id)).toEqual(["15m", "1h", "3h", "12h", "1d", "3d", "7d", "30d"]);
    expect(isMetricRange("1d")).toBe(true);
    expect(isMetricRange("2h")).toBe(false);
    expect(isMetricRange(undefined)).toBe(false);
  });
});
