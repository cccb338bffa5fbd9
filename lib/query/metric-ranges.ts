/**
 * The dashboards' ranges and query strings, without React: server pages read ?range= with these too
 * (a "use client" module's exports cannot be called on the server).
 */

export const METRIC_RANGES = [
  { id: "15m", label: "15 min", minutes: 15 },
  { id: "1h", label: "1 h", minutes: 60 },
  { id: "3h", label: "3 h", minutes: 180 },
  { id: "12h", label: "12 h", minutes: 720 },
  { id: "1d", label: "1 d", minutes: 1_440 },
  { id: "3d", label: "3 d", minutes: 4_320 },
  { id: "7d", label: "7 d", minutes: 10_080 },
  { id: "30d", label: "30 d", minutes: 43_200 },
] as const;

export type MetricRange = (typeof METRIC_RANGES)[number]["id"];

export function isMetricRange(value: unknown): value is MetricRange {
  return METRIC_RANGES.some((range) => range.id === value);
}

/** Short ranges follow live traffic; a day or more changes too little in 10 s to be worth the queries. */
export function autoRefreshByDefault(range: MetricRange): boolean {
  return (METRIC_RANGES.find((r) => r.id === range)?.minutes ?? Infinity) <= 180;
}

export const METRICS_REFRESH_MS = 10_000;

/** What one dashboard asks for. `method` and `canary` narrow the stage's traffic; absent means all of it. */
export interface MetricsQuery {
  apiId: string;
  range: MetricRange;
  stage?: string;
  method?: { resourcePath: string; httpMethod: string };
  canary?: boolean;
  apiKeyId?: string;
}

export function metricsSearch(query: MetricsQuery): string {
  const params = new URLSearchParams({ apiId: query.apiId });
  if (query.stage) params.set("stage", query.stage);
  if (query.method) {
    params.set("resourcePath", query.method.resourcePath);
    params.set("httpMethod", query.method.httpMethod);
  }
  if (query.canary !== undefined) params.set("canary", String(query.canary));
  if (query.apiKeyId) params.set("apiKeyId", query.apiKeyId);
  params.set("range", query.range);
  return params.toString();
}
