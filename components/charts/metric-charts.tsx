"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { LatencyJson, MetricPointJson } from "@/lib/query/metrics";
import { MetricChart, type MetricSeries } from "./metric-chart";
import { formatCount, seriesSum, timeTickFormatter, toChartRows } from "./metric-format";

const ACCENT = "#4f46e5";

export type MetricChartId = "count" | "errors" | "latency" | "integrationLatency" | "cache";

const LATENCY_SERIES = (prefix: "latency" | "integration"): MetricSeries[] => [
  { key: `${prefix}P50`, label: "p50", color: ACCENT },
  { key: `${prefix}P90`, label: "p90", color: "#0891b2" },
  { key: `${prefix}P99`, label: "p99", color: "#d97706" },
  { key: `${prefix}Max`, label: "max", color: "#a1a1aa", dashed: true },
];

function worstP99(series: MetricPointJson[], pick: (point: MetricPointJson) => LatencyJson | null): string {
  const p99 = series.map((point) => pick(point)?.p99).filter((v): v is number => typeof v === "number");
  return p99.length ? `worst p99 ${Math.round(Math.max(...p99))} ms` : "no requests";
}

const requestsSummary = (count: number) => `${formatCount(count)} ${count === 1 ? "request" : "requests"}`;

export interface MetricChartsProps {
  data: { from: string; to: string; series: MetricPointJson[] };
  /** Which charts, in order; the cache chart is left out unless asked for. */
  charts?: MetricChartId[];
  /** Prefix of the charts' test ids ("" for the main dashboard, "base-" or "canary-" for a comparison side). */
  testIdPrefix?: string;
  /** One column (for two sides next to each other) rather than a grid. */
  stacked?: boolean;
}

/** AWS's API Gateway metrics over a range: Count, 4XX and 5XX errors, Latency, IntegrationLatency and the cache's hits and misses. */
export function MetricCharts({ data, charts = ["count", "errors", "latency", "integrationLatency"], testIdPrefix = "", stacked = false }: MetricChartsProps) {
  const rows = toChartRows(data.series);
  const tickFormatter = timeTickFormatter(Date.parse(data.to) - Date.parse(data.from));
  const common = { rows, tickFormatter };
  const render: Record<MetricChartId, () => ReactNode> = {
    count: () => (
      <MetricChart
        {...common}
        key="count"
        title="Count"
        testId={`${testIdPrefix}chart-requests`}
        summary={requestsSummary(seriesSum(data.series, "count"))}
        series={[{ key: "count", label: "Requests", color: ACCENT }]}
      />
    ),
    errors: () => (
      <MetricChart
        {...common}
        key="errors"
        title="4XX and 5XX errors"
        testId={`${testIdPrefix}chart-errors`}
        summary={`${formatCount(seriesSum(data.series, "error4xx"))} 4XX, ${formatCount(seriesSum(data.series, "error5xx"))} 5XX`}
        series={[
          { key: "error4xx", label: "4XX", color: "#d97706" },
          { key: "error5xx", label: "5XX", color: "#dc2626" },
        ]}
      />
    ),
    latency: () => (
      <MetricChart
        {...common}
        key="latency"
        title="Latency"
        testId={`${testIdPrefix}chart-latency`}
        summary={worstP99(data.series, (point) => point.latency)}
        unit=" ms"
        series={LATENCY_SERIES("latency")}
      />
    ),
    integrationLatency: () => (
      <MetricChart
        {...common}
        key="integrationLatency"
        title="Integration latency"
        testId={`${testIdPrefix}chart-integration-latency`}
        summary={worstP99(data.series, (point) => point.integrationLatency)}
        unit=" ms"
        series={LATENCY_SERIES("integration")}
      />
    ),
    cache: () => (
      <MetricChart
        {...common}
        key="cache"
        title="Cache hits and misses"
        testId={`${testIdPrefix}chart-cache`}
        summary={`${formatCount(seriesSum(data.series, "cacheHitCount"))} hits, ${formatCount(seriesSum(data.series, "cacheMissCount"))} misses`}
        series={[
          { key: "cacheHitCount", label: "CacheHitCount", color: "#059669" },
          { key: "cacheMissCount", label: "CacheMissCount", color: "#a1a1aa" },
        ]}
      />
    ),
  };
  return <div className={cn("grid grid-cols-1 gap-4", !stacked && "lg:grid-cols-2")}>{charts.map((id) => render[id]())}</div>;
}
