"use client";

import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { StageMetricsJson } from "@/lib/query/types";
import { useStageMetrics } from "@/lib/query/use-stages";

const ACCENT = "#4f46e5";

function latencySummary(metrics: StageMetricsJson): string {
  const p99 = metrics.buckets.map((b) => b.p99Ms).filter((v): v is number => v !== null);
  return p99.length ? `worst p99 ${Math.round(Math.max(...p99))} ms` : "no requests";
}

export function MetricsPanel({ apiId, stageName }: { apiId: string; stageName: string }) {
  const metrics = useStageMetrics(apiId, stageName);
  return (
    <Card title="Metrics" description="Last hour, one-minute buckets; refreshes every 10 seconds.">
      {metrics.isPending ? (
        <LoadingState label="Loading metrics…" />
      ) : metrics.isError ? (
        <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
          <TimeSeriesChart
            title="Requests"
            testId="chart-requests"
            summary={`${metrics.data.totals.count} requests`}
            data={metrics.data.buckets}
            series={[{ key: "count", label: "Requests", color: ACCENT }]}
          />
          <TimeSeriesChart
            title="Errors"
            testId="chart-errors"
            summary={`${metrics.data.totals.error4xx} 4XX, ${metrics.data.totals.error5xx} 5XX`}
            data={metrics.data.buckets}
            series={[
              { key: "error4xx", label: "4XX", color: "#d97706" },
              { key: "error5xx", label: "5XX", color: "#dc2626" },
            ]}
          />
          <TimeSeriesChart
            title="Latency"
            testId="chart-latency"
            summary={latencySummary(metrics.data)}
            unit=" ms"
            data={metrics.data.buckets}
            series={[
              { key: "p50Ms", label: "p50", color: ACCENT },
              { key: "p99Ms", label: "p99", color: "#a1a1aa" },
            ]}
          />
        </div>
      )}
      {metrics.data && (
        <p className="sr-only" data-testid="requests-total" data-total={metrics.data.totals.count}>
          {metrics.data.totals.count} requests in the last hour
        </p>
      )}
    </Card>
  );
}
