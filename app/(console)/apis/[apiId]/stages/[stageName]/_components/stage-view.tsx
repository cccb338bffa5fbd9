"use client";

import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useApi } from "@/lib/query/use-apis";
import { useStage } from "@/lib/query/use-stages";
import { CachePanel } from "./cache-panel";
import { CanaryPanel } from "./canary-panel";
import { DeploymentHistory } from "./deployment-history";
import { InvokeUrls } from "./invoke-urls";
import { LoggingPanel } from "./logging-panel";
import { LogsExplorer } from "./logs-explorer";
import { MethodSettingsPanel } from "./method-settings-panel";
import { MetricsPanel } from "./metrics-panel";
import { StageVariablesEditor } from "./stage-variables-editor";

export interface StageViewProps {
  apiId: string;
  stageName: string;
  gatewayUrl: string;
  gatewayPort: string;
}

export function StageView({ apiId, stageName, gatewayUrl, gatewayPort }: StageViewProps) {
  const api = useApi(apiId);
  const stage = useStage(apiId, stageName);

  if (stage.isPending) return <LoadingState label="Loading stage…" />;
  if (stage.isError) return <ErrorState error={stage.error} onRetry={() => stage.refetch()} />;
  const canary = stage.data.settings.canarySettings;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="flex gap-1.5 text-xs text-zinc-500">
          <Link href="/apis" className="hover:text-zinc-800">APIs</Link>
          <span>/</span>
          <Link href={`/apis/${apiId}`} className="hover:text-zinc-800">{api.data?.name ?? apiId}</Link>
          <span>/</span>
          <span>Stages</span>
        </nav>
        <PageHeader
          className="mt-1"
          title={
            <span className="flex items-center gap-3">
              {stageName} <Badge tone="green">deployment {stage.data.deploymentId}</Badge>
              {canary && <Badge tone="amber">canary {canary.deploymentId} · {canary.percentTraffic}%</Badge>}
            </span>
          }
          description={stage.data.description || `Last updated ${formatDateTime(stage.data.lastUpdatedDate)}`}
        />
      </div>
      <InvokeUrls apiId={apiId} stageName={stageName} gatewayUrl={gatewayUrl} gatewayPort={gatewayPort} />
      <CanaryPanel apiId={apiId} stage={stage.data} />
      <MetricsPanel apiId={apiId} stage={stage.data} />
      <LogsExplorer apiId={apiId} stageName={stageName} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[3fr_2fr]">
        <DeploymentHistory apiId={apiId} stage={stage.data} />
        <StageVariablesEditor apiId={apiId} stage={stage.data} />
      </div>
      <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[3fr_2fr]">
        <MethodSettingsPanel apiId={apiId} stage={stage.data} />
        <CachePanel apiId={apiId} stage={stage.data} />
      </div>
      <LoggingPanel apiId={apiId} stageName={stageName} />
    </div>
  );
}
