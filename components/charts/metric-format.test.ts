import { describe, expect, it } from "vitest";
import type { MetricPointJson } from "@/lib/query/metrics";
import { formatRate, methodOptions, parseMethodValue, methodValue, resolutionLabel, seriesSum, toChartRows } from "./metric-format";

const point = (time: string, count: number, latency: MetricPointJson["latency"] = null): MetricPointJson => ({
  time,
  count,
  error4xx: 0,
  error5xx: count > 2 ? 1 : 0,
  latency,
  integrationLatency: latency && { ...latency, p50: latency.p50 / 2 },
  cacheHitCount: 0,
  cacheMissCount: 0,
});

describe("toChartRows", () => {
  it("flattens latency percentiles and leaves quiet buckets' latency null rather than zero", () => {
    const rows = toChartRows([
      point("2026-01-01T00:00:00.000Z", 0),
      point("2026-01-01T00:01:00.000Z", 3, { p50: 12.345, p90: 20, p99: 31.06, max: 40 }),
    ]);
    expect(rows[0]).toMatchObject({ count: 0, latencyP50: null, latencyMax: null, integrationP99: null });
    expect(rows[1]).toMatchObject({ count: 3, error5xx: 1, latencyP50: 12.3, latencyP99: 31.1, latencyMax: 40, integrationP50: 6.2 });
  });

  it("sums a counter over the series", () => {
    expect(seriesSum([point("a", 3), point("b", 4), point("c", 0)], "count")).toBe(7);
    expect(seriesSum([point("a", 3), point("b", 4)], "error5xx")).toBe(2);
  });
});

describe("formatRate", () => {
  it("shows no rate without requests, one decimal under 10% and whole percents above", () => {
    expect(formatRate(0, 0)).toBe("—");
    expect(formatRate(0, 5)).toBe("0%");
    expect(formatRate(1, 40)).toBe("2.5%");
    expect(formatRate(1, 3)).toBe("33%");
  });
});

describe("resolutionLabel", () => {
  it("names minute and hour points", () => {
    expect(resolutionLabel(60)).toBe("1-minute points");
    expect(resolutionLabel(3600)).toBe("1-hour points");
  });
});

describe("method filter values", () => {
  it("round-trips a method and path, the path keeping its own spaces and braces", () => {
    const method = { httpMethod: "GET", resourcePath: "/pets/{id} x" };
    expect(parseMethodValue(methodValue(method))).toEqual(method);
    expect(parseMethodValue("")).toBeUndefined();
    expect(parseMethodValue("GET")).toBeUndefined();
  });

  it("lists each method once, by path then method, without requests that matched no resource", () => {
    const options = methodOptions(
      [{ resourcePath: "/pets", httpMethod: "POST" }, { resourcePath: "/", httpMethod: "GET" }],
      [{ resourcePath: "/pets", httpMethod: "POST" }, { resourcePath: "", httpMethod: "GET" }],
      [undefined, { resourcePath: "/pets", httpMethod: "GET" }],
    );
    expect(options.map((option) => option.value)).toEqual(["GET /", "GET /pets", "POST /pets"]);
  });
});
