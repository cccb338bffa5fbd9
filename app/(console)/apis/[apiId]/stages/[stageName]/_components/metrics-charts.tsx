"use client";

import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { cn } from "@/components/ui/cn";
import type { StageMetricsJson } from "@/lib/query/types";

const ACCENT = "#4f46e5";

function latencySummary(metrics: StageMetricsJson): string {
  const p99 = metrics.buckets.map((b) => b.p99Ms).filter((v): v is number => v !== null);
  return p99.length ? `worst p99 ${Math.round(Math.max(...p99))} ms` : "no requests";
}

export interface MetricsChartsProps {
  metrics: StageMetricsJson;
  /** Prefix of the charts' test ids ("" for the whole stage, "base-" or "canary-"). */
  testIdPrefix?: string;
  /** Charts in one column (for base and canary side by side) rather than three across. */
  stacked?: boolean;
}

/** Requests, errors and latency for one slice of a stage's traffic. */
export function MetricsCharts({ metrics, testIdPrefix = "", stacked = false }: MetricsChartsProps) {
  return (
    <div className={cn("grid grid-cols-1 gap-4", !stacked && "lg:grid-cols-3")}>
      <TimeSeriesChart
        title="Requests"
        testId={`${testIdPrefix}chart-requests`}
        summary={`${metrics.totals.count} requests`}
        data={metrics.buckets}
        series={[{ key: "count", label: "Requests", color: ACCENT }]}
      />
      <TimeSeriesChart
        title="Errors"
        testId={`${testIdPrefix}chart-errors`}
        summary={`${metrics.totals.error4xx} 4XX, ${metrics.totals.error5xx} 5XX`}
        data={metrics.buckets}
        series={[
          { key: "error4xx", label: "4XX", color: "#d97706" },
          { key: "error5xx", label: "5XX", color: "#dc2626" },
        ]}
      />
      <TimeSeriesChart
        title="Latency"
        testId={`${testIdPrefix}chart-latency`}
        summary={latencySummary(metrics)}
        unit=" ms"
        data={metrics.buckets}
        series={[
          { key: "p50Ms", label: "p50", color: ACCENT },
          { key: "p99Ms", label: "p99", color: "#a1a1aa" },
        ]}
      />
    </div>
  );
}
