"use client";

import Link from "next/link";
import { useState } from "react";
import { MetricsView } from "@/components/charts/metrics-view";
import { RangePicker } from "@/components/charts/range-picker";
import { useDashboardControls } from "@/components/charts/use-dashboard-controls";
import { Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { MetricsQuery } from "@/lib/query/metric-ranges";
import { useMetrics } from "@/lib/query/metrics";
import type { StageJson } from "@/lib/query/types";
import { DashboardCanary } from "./dashboard-canary";
import { DashboardFilters, NO_FILTERS, type StageDashboardFilters } from "./dashboard-filters";

/**
 * The stage's dashboard: AWS's per-stage metrics (Count, 4XXError, 5XXError, Latency, IntegrationLatency, cache hits
 * and misses) over a chosen range, narrowed by canary side, method or API key; with a canary, both sides compared.
 */
export function MetricsPanel({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const controls = useDashboardControls("1h");
  const [filters, setFilters] = useState<StageDashboardFilters>(NO_FILTERS);
  const canary = stage.settings.canarySettings;
  const shared: MetricsQuery = {
    apiId,
    stage: stage.stageName,
    range: controls.range,
    method: filters.method,
    apiKeyId: filters.apiKeyId || undefined,
  };
  // A side chosen while the stage had a canary means nothing once the canary is gone.
  const query: MetricsQuery = canary && filters.side ? { ...shared, canary: filters.side === "canary" } : shared;
  const metrics = useMetrics(query, controls.autoRefresh);

  return (
    <Card
      title="Metrics"
      description="Requests, errors and latency of this stage; pick a range, filter, or click a method in the tables."
      actions={
        <Link href={`/apis/${apiId}/dashboard?stage=${encodeURIComponent(stage.stageName)}&range=${controls.range}`} className="text-xs font-medium text-accent-700 hover:underline">
          API dashboard
        </Link>
      }
    >
      <div className="flex flex-col gap-4" data-testid="stage-dashboard">
        <RangePicker controls={controls} resolutionSeconds={metrics.data?.resolutionSeconds} updatedAt={metrics.dataUpdatedAt} fetching={metrics.isFetching} />
        <DashboardFilters
          apiId={apiId}
          deploymentId={stage.deploymentId}
          canaryDeploymentId={canary?.deploymentId}
          seen={metrics.data?.top.byRequests ?? []}
          filters={filters}
          onChange={setFilters}
        />
        {metrics.isPending ? (
          <LoadingState label="Loading metrics…" />
        ) : metrics.isError ? (
          <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
        ) : (
          <MetricsView
            data={metrics.data}
            cacheEnabled={stage.settings.cacheClusterEnabled}
            selectedMethod={filters.method}
            onSelectMethod={(method) => setFilters({ ...filters, method })}
          />
        )}
        {canary && <DashboardCanary stage={stage} query={shared} autoRefresh={controls.autoRefresh} />}
      </div>
    </Card>
  );
}
