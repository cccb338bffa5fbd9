"use client";

/**
 * The metrics dashboards' data: GET /api/console/metrics (one API, optionally one stage, method, canary side or
 * API key) and GET /api/console/metrics/overview (the whole account). AWS's CloudWatch metrics for API Gateway:
 * Count, 4XXError, 5XXError, Latency, IntegrationLatency, CacheHitCount and CacheMissCount.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { consoleApi } from "./urls";

export interface LatencyJson {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** One bucket (1 minute or 1 hour, starting at `time`); every bucket of the range is present, quiet ones with zeros. */
export interface MetricPointJson {
  time: string;
  count: number;
  error4xx: number;
  error5xx: number;
  /** null when the bucket had no requests. */
  latency: LatencyJson | null;
  integrationLatency: LatencyJson | null;
  cacheHitCount: number;
  cacheMissCount: number;
}

export type MetricTotalsJson = Omit<MetricPointJson, "time">;

export interface TopRowJson {
  resourcePath: string;
  httpMethod: string;
  count: number;
  errors: number;
  p99Ms: number | null;
}

export interface MetricsJson {
  from: string;
  to: string;
  resolutionSeconds: number;
  series: MetricPointJson[];
  totals: MetricTotalsJson;
  top: { byRequests: TopRowJson[]; byErrors: TopRowJson[]; byLatency: TopRowJson[] };
}

export interface OverviewApiJson {
  restApiId: string;
  name: string;
  count: number;
  error4xx: number;
  error5xx: number;
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface MetricsOverviewJson {
  from: string;
  to: string;
  resolutionSeconds: number;
  series: MetricPointJson[];
  apis: OverviewApiJson[];
}

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

const refreshOptions = (autoRefresh: boolean) => ({
  // TanStack pauses the interval while the tab is hidden (refetchIntervalInBackground is false) and refetches on return.
  refetchInterval: autoRefresh ? METRICS_REFRESH_MS : (false as const),
  // A new range or filter keeps the old charts on screen until its answer arrives, instead of a spinner flash.
  placeholderData: keepPreviousData,
});

export function useMetrics(query: MetricsQuery, autoRefresh: boolean) {
  return useQuery({
    queryKey: queryKeys.apis.detail(query.apiId).metrics(metricsSearch(query)),
    queryFn: ({ signal }) => fetchJson<MetricsJson>(consoleApi.metrics(metricsSearch(query)), { signal }),
    ...refreshOptions(autoRefresh),
  });
}

export function useMetricsOverview(range: MetricRange, autoRefresh: boolean) {
  return useQuery({
    queryKey: queryKeys.overview.metrics(range),
    queryFn: ({ signal }) => fetchJson<MetricsOverviewJson>(consoleApi.metricsOverview(new URLSearchParams({ range }).toString()), { signal }),
    ...refreshOptions(autoRefresh),
  });
}
