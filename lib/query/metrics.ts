"use client";

/**
 * The metrics dashboards' data: GET /api/console/metrics (one API, optionally one stage, method, canary side or
 * API key) and GET /api/console/metrics/overview (the whole account). AWS's CloudWatch metrics for API Gateway:
 * Count, 4XXError, 5XXError, Latency, IntegrationLatency, CacheHitCount and CacheMissCount.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type {
  ApiMetricsRow,
  LatencySummary,
  MetricPoint,
  MetricsOverview,
  MetricsView,
  MetricTopRow,
  MetricTotals,
} from "@/lib/services/metrics/metrics-view";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { METRICS_REFRESH_MS, metricsSearch, type MetricRange, type MetricsQuery } from "./metric-ranges";
import { consoleApi } from "./urls";

// The route's own answer types (plain JSON already: times are ISO strings), under the console's *Json names.
export type LatencyJson = LatencySummary;
export type MetricPointJson = MetricPoint;
export type MetricTotalsJson = MetricTotals;
export type TopRowJson = MetricTopRow;
export type MetricsJson = MetricsView;
export type OverviewApiJson = ApiMetricsRow;
export type MetricsOverviewJson = MetricsOverview;

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
