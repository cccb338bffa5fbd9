"use client";

import type { ReactNode } from "react";
import { MetricCharts } from "@/components/charts/metric-charts";
import { MetricTiles } from "@/components/charts/metric-tiles";
import { Badge } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { MetricsQuery } from "@/lib/query/metric-ranges";
import { useMetrics } from "@/lib/query/metrics";
import type { StageJson } from "@/lib/query/types";

interface SideProps {
  query: MetricsQuery;
  side: "base" | "canary";
  title: ReactNode;
  cache: boolean;
  autoRefresh: boolean;
}

function SideMetrics({ query, side, title, cache, autoRefresh }: SideProps) {
  const metrics = useMetrics({ ...query, canary: side === "canary" }, autoRefresh);
  return (
    <section aria-label={side === "base" ? "Base metrics" : "Canary metrics"} className="flex min-w-0 flex-col gap-3">
      <h3 className="flex items-center gap-2 text-xs font-semibold text-zinc-700">{title}</h3>
      {metrics.isPending ? (
        <LoadingState label="Loading metrics…" />
      ) : metrics.isError ? (
        <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
      ) : (
        <>
          <MetricTiles totals={metrics.data.totals} cache={cache} testIdPrefix={`${side}-`} narrow />
          <MetricCharts data={metrics.data} charts={["count", "errors", "latency"]} testIdPrefix={`${side}-`} stacked />
          <p className="sr-only" data-testid={`${side}-requests-total`} data-total={metrics.data.totals.count}>
            {metrics.data.totals.count} requests served by the {side} in the range
          </p>
        </>
      )}
    </section>
  );
}

export interface DashboardCanaryProps {
  stage: StageJson;
  /** The main dashboard's query (range, method, key); each side adds its own canary filter. */
  query: MetricsQuery;
  autoRefresh: boolean;
}

/** What the stage's base deployment and its canary served, side by side, to judge the canary before promoting it. */
export function DashboardCanary({ stage, query, autoRefresh }: DashboardCanaryProps) {
  const canary = stage.settings.canarySettings;
  if (!canary) return null;
  // Cache hits and misses are shown while the stage has its cache on.
  const cache = stage.settings.cacheClusterEnabled;
  const basePercent = Math.round((100 - canary.percentTraffic) * 100) / 100;
  return (
    <div className="flex flex-col gap-3 border-t border-zinc-200 pt-4">
      <h3 className="text-sm font-semibold text-zinc-900">Base and canary compared</h3>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <SideMetrics query={query} side="base" cache={cache} autoRefresh={autoRefresh}
          title={<>Base <Badge>{stage.deploymentId}</Badge> {basePercent}%</>} />
        <SideMetrics query={query} side="canary" cache={cache} autoRefresh={autoRefresh}
          title={<>Canary <Badge tone="amber">{canary.deploymentId}</Badge> {canary.percentTraffic}%</>} />
      </div>
    </div>
  );
}
