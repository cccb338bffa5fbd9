import { describe, expect, it } from "vitest";
import {
  describeRange,
  fromLocalInput,
  logFiltersToParams,
  logsApiQuery,
  logStreamQuery,
  mergeLogParams,
  parseLogFilters,
  toLocalInput,
  withoutNarrowing,
} from "./logs-filters";

const NOW = Date.parse("2026-05-01T12:00:00.000Z");

describe("log filters in the page URL", () => {
  it("a shared URL reads back as the same filters and writes out the same URL", () => {
    const url = "since=1h&status=4xx&method=GET&resourcePath=%2Fpets%2F%7Bid%7D&path=%2Fprod%2Fpets&requestId=abc&apiKeyId=k1&canary=false&errorType=MISSING_AUTHENTICATION_TOKEN";
    const filters = parseLogFilters(new URLSearchParams(url));
    expect(filters).toEqual({
      since: "1h",
      status: "4xx",
      method: "GET",
      resourcePath: "/pets/{id}",
      path: "/prod/pets",
      requestId: "abc",
      apiKeyId: "k1",
      canary: "false",
      errorType: "MISSING_AUTHENTICATION_TOKEN",
    });
    expect(logFiltersToParams(filters).toString()).toBe(url);
  });

  it("malformed values are dropped instead of being sent to the API", () => {
    const filters = parseLogFilters(new URLSearchParams("since=3w&status=4zz&canary=maybe&errorType=NOPE&from=yesterday&requestId=%20%20"));
    expect(filters).toEqual({ since: "24h" });
    expect(logFiltersToParams(filters).toString()).toBe("");
  });

  it("a single status code is kept, and the class is case-insensitive", () => {
    expect(parseLogFilters(new URLSearchParams("status=403")).status).toBe("403");
    expect(parseLogFilters(new URLSearchParams("status=5XX")).status).toBe("5xx");
  });

  it("a custom range replaces the preset in the URL", () => {
    const filters = parseLogFilters(new URLSearchParams("since=1h&from=2026-05-01T10:00:00Z"));
    expect(logFiltersToParams(filters).toString()).toBe("from=2026-05-01T10%3A00%3A00.000Z");
  });

  it("the page's other params survive a filter change; the open log is kept unless replaced", () => {
    const current = new URLSearchParams("tab=settings&status=5xx&log=42");
    const next = mergeLogParams(current, { since: "15m", method: "POST" });
    expect(next.toString()).toBe("tab=settings&log=42&since=15m&method=POST");
    expect(mergeLogParams(current, { since: "24h" }, { log: null }).toString()).toBe("tab=settings");
  });

  it("clearing keeps the time range", () => {
    expect(withoutNarrowing({ since: "7d", status: "4xx", path: "/p" })).toEqual({ since: "7d" });
    expect(withoutNarrowing({ since: "1h", from: "2026-05-01T10:00:00.000Z", method: "GET" })).toEqual({ since: "1h", from: "2026-05-01T10:00:00.000Z" });
  });
});

describe("log filters as the API's query", () => {
  it("a preset becomes a `from` measured back from now, open-ended at the top", () => {
    const query = logsApiQuery({ since: "15m", status: "4xx", path: "/prod/pets" }, NOW);
    expect(Object.fromEntries(query)).toEqual({ from: "2026-05-01T11:45:00.000Z", status: "4xx", path: "/prod/pets" });
  });

  it("a custom range is sent as given", () => {
    const query = logsApiQuery({ since: "1h", from: "2026-04-30T00:00:00.000Z", to: "2026-04-30T06:00:00.000Z" }, NOW);
    expect(Object.fromEntries(query)).toEqual({ from: "2026-04-30T00:00:00.000Z", to: "2026-04-30T06:00:00.000Z" });
  });

  it("the live tail takes the filters without the range, and cannot follow a range that has ended", () => {
    expect(logStreamQuery({ since: "1h", method: "GET", canary: "true" })?.toString()).toBe("method=GET&canary=true");
    expect(logStreamQuery({ since: "1h", from: "2026-04-30T00:00:00.000Z" })?.toString()).toBe("");
    expect(logStreamQuery({ since: "1h", to: "2026-04-30T06:00:00.000Z" })).toBeNull();
  });
});

describe("time inputs and words", () => {
  it("a datetime-local value round-trips through ISO in the viewer's zone", () => {
    const iso = fromLocalInput("2026-05-01T10:30");
    expect(iso).toBeDefined();
    expect(toLocalInput(iso)).toBe("2026-05-01T10:30");
    expect(fromLocalInput("")).toBeUndefined();
    expect(toLocalInput(undefined)).toBe("");
  });

  it("ranges read as words", () => {
    const format = (iso: string) => iso.slice(11, 16);
    expect(describeRange({ since: "1h" }, format)).toBe("the last hour");
    expect(describeRange({ since: "1h", from: "2026-05-01T10:00:00.000Z" }, format)).toBe("since 10:00");
    expect(describeRange({ since: "1h", from: "2026-05-01T10:00:00.000Z", to: "2026-05-01T11:00:00.000Z" }, format)).toBe("10:00 to 11:00");
  });
});
