"use client";

import { DeploymentDiffView } from "@/components/console/diff/deployment-diff-view";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useDeploymentDiff } from "@/lib/query/use-stages";

export interface DeploymentDiffSectionProps {
  apiId: string;
  from: string | null;
  to: string | null;
  fromLabel: string;
  toLabel: string;
}

/** Loads and shows the diff between two deployments; scrolls on its own inside a dialog. */
export function DeploymentDiffSection({ apiId, from, to, fromLabel, toLabel }: DeploymentDiffSectionProps) {
  const diff = useDeploymentDiff(apiId, from, to);
  if (!from || !to) return null;
  return (
    <div className="max-h-[60vh] overflow-y-auto pr-1">
      {diff.isPending ? (
        <LoadingState label="Comparing deployments…" />
      ) : diff.isError ? (
        <ErrorState error={diff.error} onRetry={() => diff.refetch()} />
      ) : (
        <DeploymentDiffView diff={diff.data} fromLabel={fromLabel} toLabel={toLabel} />
      )}
    </div>
  );
}
