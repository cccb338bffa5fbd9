/** Pure helpers behind the metrics charts: flat chart rows, rates, axis labels. Times show in the viewer's locale. */
import type { LatencyJson, MetricPointJson, MetricTotalsJson } from "@/lib/query/metrics";

/** One chart row per bucket; latency keys are null in quiet buckets so the line shows a gap, not a false zero. */
export interface ChartRow {
  time: string;
  count: number;
  error4xx: number;
  error5xx: number;
  latencyP50: number | null;
  latencyP90: number | null;
  latencyP99: number | null;
  latencyMax: number | null;
  integrationP50: number | null;
  integrationP90: number | null;
  integrationP99: number | null;
  integrationMax: number | null;
  cacheHitCount: number;
  cacheMissCount: number;
}

const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms * 10) / 10);

function latencyKeys(latency: LatencyJson | null) {
  return { p50: round(latency?.p50), p90: round(latency?.p90), p99: round(latency?.p99), max: round(latency?.max) };
}

export function toChartRows(series: MetricPointJson[]): ChartRow[] {
  return series.map((point) => {
    const latency = latencyKeys(point.latency);
    const integration = latencyKeys(point.integrationLatency);
    return {
      time: point.time,
      count: point.count,
      error4xx: point.error4xx,
      error5xx: point.error5xx,
      latencyP50: latency.p50,
      latencyP90: latency.p90,
      latencyP99: latency.p99,
      latencyMax: latency.max,
      integrationP50: integration.p50,
      integrationP90: integration.p90,
      integrationP99: integration.p99,
      integrationMax: integration.max,
      cacheHitCount: point.cacheHitCount,
      cacheMissCount: point.cacheMissCount,
    };
  });
}

/** Sum of one counter over the series: what the chart itself draws (the tiles read the server's totals). */
export function seriesSum(series: MetricPointJson[], key: "count" | "error4xx" | "error5xx" | "cacheHitCount" | "cacheMissCount"): number {
  return series.reduce((sum, point) => sum + point[key], 0);
}

/** "2.5%" of `count`, or "—" when there were no requests (a rate of nothing is not 0%). */
export function formatRate(part: number, count: number): string {
  if (count === 0) return "—";
  const percent = (part / count) * 100;
  return `${percent === 0 || percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10}%`;
}

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function resolutionLabel(resolutionSeconds: number): string {
  return resolutionSeconds >= 3600 ? "1-hour points" : "1-minute points";
}

/** Hours and minutes within a day; the date too once the range spans more than a day. */
export function timeTickFormatter(spanMs: number): (iso: unknown) => string {
  const options: Intl.DateTimeFormatOptions =
    spanMs > 86_400_000 ? { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" } : { hour: "2-digit", minute: "2-digit" };
  return (iso) => (typeof iso === "string" ? new Date(iso).toLocaleString(undefined, options) : "");
}

export function tooltipTimeLabel(iso: unknown): string {
  return typeof iso === "string" ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
}

export function hasCacheTraffic(totals: Pick<MetricTotalsJson, "cacheHitCount" | "cacheMissCount">): boolean {
  return totals.cacheHitCount + totals.cacheMissCount > 0;
}

/** A resource and method, as the top tables and the method filter name them. */
export interface MethodFilter {
  resourcePath: string;
  httpMethod: string;
}

export const sameMethod = (a: MethodFilter | undefined, b: MethodFilter | undefined) =>
  a?.resourcePath === b?.resourcePath && a?.httpMethod === b?.httpMethod;

/** "GET /pets": a select's value; the method never has a space, so the first one splits it. */
export const methodValue = (method: MethodFilter) => `${method.httpMethod} ${method.resourcePath}`;

export function parseMethodValue(value: string): MethodFilter | undefined {
  const space = value.indexOf(" ");
  if (space <= 0 || space === value.length - 1) return undefined;
  return { httpMethod: value.slice(0, space), resourcePath: value.slice(space + 1) };
}

/** Every method named by any source (deployed, seen in traffic, the current filter), once each, by path then method. */
export function methodOptions(...sources: (MethodFilter | undefined)[][]): { value: string; label: string }[] {
  const byValue = new Map<string, MethodFilter>();
  for (const method of sources.flat()) {
    if (method && method.resourcePath !== "") byValue.set(methodValue(method), method);
  }
  return [...byValue.values()]
    .sort((a, b) => a.resourcePath.localeCompare(b.resourcePath) || a.httpMethod.localeCompare(b.httpMethod))
    .map((method) => ({ value: methodValue(method), label: methodValue(method) }));
}
