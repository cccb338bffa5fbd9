"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import type { DeploymentJson, StageJson } from "@/lib/query/types";
import { useDeployments, useStageHistory } from "@/lib/query/use-stages";
import { CompareDialog, type ComparePair } from "./compare-dialog";
import { RollbackDialog } from "./rollback-dialog";

/**
 * Every deployment of the API, with when this stage last served it. Compare any two; rolling back shows the
 * diff against what the stage serves now before anything moves.
 */
export function DeploymentHistory({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const deployments = useDeployments(apiId);
  const history = useStageHistory(apiId, stage.stageName);
  const [target, setTarget] = useState<DeploymentJson | null>(null);
  const [compare, setCompare] = useState<ComparePair | null>(null);

  const lastActive = new Map<string, string>();
  for (const entry of history.data ?? []) if (!lastActive.has(entry.deploymentId)) lastActive.set(entry.deploymentId, entry.changedAt);
  const current = deployments.data?.find((d) => d.id === stage.deploymentId);
  const isRollback = (d: DeploymentJson) => !current || d.createdDate < current.createdDate;
  const canaryId = stage.settings.canarySettings?.deploymentId;

  return (
    <Card title="Deployment history" description="Point the stage at an earlier deployment to roll back; the gateway switches within seconds." bodyClassName="p-0">
      {deployments.isPending || history.isPending ? (
        <LoadingState label="Loading history…" />
      ) : deployments.isError ? (
        <div className="p-4"><ErrorState error={deployments.error} onRetry={() => deployments.refetch()} /></div>
      ) : deployments.data.length === 0 ? (
        <div className="p-4"><EmptyState title="No deployments yet" /></div>
      ) : (
        <DataTable variant="card" columns={["Deployment", "Created", "Last active here", ""]} data-testid="deployment-history">
          {deployments.data.map((deployment) => (
            <tr key={deployment.id} data-testid={`deployment-row-${deployment.id}`}>
              <td className="px-4 py-2.5">
                <div className="font-mono text-xs">{deployment.id}</div>
                <div className="max-w-xs truncate text-xs text-zinc-500">{deployment.description || "No description"}</div>
              </td>
              <td className="px-4 py-2.5 text-xs whitespace-nowrap text-zinc-600">{formatDateTime(deployment.createdDate)}</td>
              <td className="px-4 py-2.5 text-xs whitespace-nowrap text-zinc-600">{formatDateTime(lastActive.get(deployment.id))}</td>
              <td className="px-4 py-2.5">
                <div className="flex items-center justify-end gap-2">
                  {deployment.id === canaryId && <Badge tone="amber">canary</Badge>}
                  {deployment.id !== stage.deploymentId && (
                    <Button variant="ghost" size="sm" aria-label={`Compare ${deployment.id} with the current deployment`} onClick={() => setCompare({ from: stage.deploymentId, to: deployment.id })}>
                      Compare
                    </Button>
                  )}
                  {deployment.id === stage.deploymentId ? (
                    <Badge tone="green">current</Badge>
                  ) : (
                    <Button variant="secondary" size="sm" onClick={() => setTarget(deployment)}>
                      {isRollback(deployment) ? "Roll back" : "Activate"}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <RollbackDialog apiId={apiId} stage={stage} target={target} isRollback={target ? isRollback(target) : true} onClose={() => setTarget(null)} />
      <CompareDialog apiId={apiId} deployments={deployments.data ?? []} pair={compare} onChange={setCompare} onClose={() => setCompare(null)} />
    </Card>
  );
}
