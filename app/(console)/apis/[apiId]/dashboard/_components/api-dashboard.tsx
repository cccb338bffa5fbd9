"use client";

import Link from "next/link";
import { useState } from "react";
import { MetricsView } from "@/components/charts/metrics-view";
import type { MethodFilter } from "@/components/charts/metric-format";
import { RangePicker } from "@/components/charts/range-picker";
import { useDashboardControls } from "@/components/charts/use-dashboard-controls";
import { Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import type { MetricRange } from "@/lib/query/metric-ranges";
import { useMetrics } from "@/lib/query/metrics";
import { useApi } from "@/lib/query/use-apis";
import { useStages } from "@/lib/query/use-stages";
import { ApiHeader } from "../../_components/api-header";
import { ApiDashboardFilters } from "./api-dashboard-filters";

export interface ApiDashboardProps {
  apiId: string;
  initialRange: MetricRange;
  initialStage: string;
}

/** AWS's per-API metrics (ApiName dimension), across all stages or one, with the stage dashboard's charts and tables. */
export function ApiDashboard({ apiId, initialRange, initialStage }: ApiDashboardProps) {
  const api = useApi(apiId);
  const stages = useStages(apiId);
  const controls = useDashboardControls(initialRange);
  const [stage, setStage] = useState(initialStage);
  const [method, setMethod] = useState<MethodFilter>();
  const [apiKeyId, setApiKeyId] = useState("");
  const metrics = useMetrics(
    { apiId, range: controls.range, stage: stage || undefined, method, apiKeyId: apiKeyId || undefined },
    controls.autoRefresh,
  );

  if (api.isPending) return <LoadingState label="Loading API…" />;
  if (api.isError) return <ErrorState error={api.error} onRetry={() => api.refetch()} />;
  const stageList = stages.data ?? [];
  // The cache chart shows while the chosen stage (or any stage, for all of them) has its cache on.
  const cacheEnabled = stageList.some((s) => (!stage || s.stageName === stage) && s.settings.cacheClusterEnabled);

  return (
    <div className="flex flex-col gap-6">
      <ApiHeader api={api.data} current="dashboard" />
      <Card
        title="Dashboard"
        description={stage ? `Stage ${stage}` : "All stages"}
        actions={
          stage && (
            <Link href={`/apis/${apiId}/stages/${encodeURIComponent(stage)}`} className="text-xs font-medium text-accent-700 hover:underline">
              Open stage {stage}
            </Link>
          )
        }
      >
        <div className="flex flex-col gap-4" data-testid="api-dashboard">
          <RangePicker controls={controls} resolutionSeconds={metrics.data?.resolutionSeconds} updatedAt={metrics.dataUpdatedAt} fetching={metrics.isFetching} />
          <ApiDashboardFilters
            apiId={apiId}
            stages={stageList.map((s) => s.stageName)}
            stage={stage}
            onStage={setStage}
            seen={metrics.data?.top.byRequests ?? []}
            method={method}
            onMethod={setMethod}
            apiKeyId={apiKeyId}
            onApiKey={setApiKeyId}
          />
          {metrics.isPending ? (
            <LoadingState label="Loading metrics…" />
          ) : metrics.isError ? (
            <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} />
          ) : (
            <MetricsView data={metrics.data} cacheEnabled={cacheEnabled} selectedMethod={method} onSelectMethod={setMethod} />
          )}
        </div>
      </Card>
    </div>
  );
}
