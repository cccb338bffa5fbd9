"use client";

import type { ReactNode } from "react";
import { Badge, Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { StageJson } from "@/lib/query/types";
import { useStageMetrics } from "@/lib/query/use-stages";
import { MetricsCharts } from "./metrics-charts";
import { CacheMetrics } from "./cache-metrics";

function SideMetrics({
  apiId,
  stageName,
  side,
  title,
  cache,
}: {
  apiId: string;
  stageName: string;
  side: "base" | "canary";
  title: ReactNode;
  cache: boolean;
}) {
  const metrics = useStageMetrics(apiId, stageName, side);
  return (
    <section aria-label={side === "base" ? "Base metrics" : "Canary metrics"} className="flex min-w-0 flex-col gap-3">
      <h3 className="flex items-center gap-2 text-xs font-semibold text-zinc-700">{title}</h3>
      {metrics.isPending ? (
        <LoadingState label="Loading metrics…" />
      ) : metrics.isError ? (
        <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
      ) : (
        <>
          <MetricsCharts metrics={metrics.data} testIdPrefix={`${side}-`} stacked />
          {cache && <CacheMetrics metrics={metrics.data} testIdPrefix={`${side}-`} />}
          <p className="sr-only" data-testid={`${side}-requests-total`} data-total={metrics.data.totals.count}>
            {metrics.data.totals.count} requests served by the {side} in the last hour
          </p>
        </>
      )}
    </section>
  );
}

function StageMetrics({ apiId, stageName, cache }: { apiId: string; stageName: string; cache: boolean }) {
  const metrics = useStageMetrics(apiId, stageName);
  if (metrics.isPending) return <LoadingState label="Loading metrics…" />;
  if (metrics.isError) return <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />;
  return (
    <>
      <MetricsCharts metrics={metrics.data} />
      {cache && <CacheMetrics metrics={metrics.data} />}
      <p className="sr-only" data-testid="requests-total" data-total={metrics.data.totals.count}>
        {metrics.data.totals.count} requests in the last hour
      </p>
    </>
  );
}

/** The stage's last hour; with a canary, what the base deployment and the canary served, side by side. */
export function MetricsPanel({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const canary = stage.settings.canarySettings;
  // Cache hits and misses are shown while the stage has its cache on.
  const cache = stage.settings.cacheClusterEnabled;
  return (
    <Card title="Metrics" description={canary ? "Last hour, base and canary side by side; refreshes every 10 seconds." : "Last hour, one-minute buckets; refreshes every 10 seconds."}>
      {canary ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <SideMetrics apiId={apiId} stageName={stage.stageName} side="base" cache={cache} title={<>Base <Badge>{stage.deploymentId}</Badge> {Math.round((100 - canary.percentTraffic) * 100) / 100}%</>} />
          <SideMetrics apiId={apiId} stageName={stage.stageName} side="canary" cache={cache} title={<>Canary <Badge tone="amber">{canary.deploymentId}</Badge> {canary.percentTraffic}%</>} />
        </div>
      ) : (
        <StageMetrics apiId={apiId} stageName={stage.stageName} cache={cache} />
      )}
    </Card>
  );
}
