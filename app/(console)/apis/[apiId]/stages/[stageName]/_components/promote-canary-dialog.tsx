"use client";

import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Dialog } from "@/components/ui/dialog";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState, InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { useCanaryPromotion, usePromoteCanary } from "@/lib/query/use-stage-canary";
import { DeploymentDiffSection } from "./deployment-diff-section";

function VariablesChange({ before, after }: { before: Record<string, string>; after: Record<string, string> }) {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  if (names.length === 0) return <p className="text-xs text-zinc-500">The stage has no variables before or after.</p>;
  return (
    <DataTable variant="inline" columns={["Variable", "Before", "After"]} data-testid="promotion-variables" className="text-xs">
      {names.map((name) => {
        const changed = before[name] !== after[name];
        return (
          <tr key={name} className={changed ? "bg-amber-50" : undefined}>
            <td className="py-1 pr-3 font-mono">{name}</td>
            <td className="py-1 pr-3 font-mono">{before[name] ?? <span className="text-zinc-400">—</span>}</td>
            <td className="py-1 font-mono">{after[name] ?? <span className="text-zinc-400">—</span>}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** Previews the promotion (deployment diff and stage variables before and after), then promotes. */
export function PromoteCanaryDialog({ apiId, stage, open, onClose }: { apiId: string; stage: StageJson; open: boolean; onClose: () => void }) {
  const preview = useCanaryPromotion(apiId, stage.stageName, open);
  const promote = usePromoteCanary(apiId, stage.stageName);

  function close() {
    promote.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      wide
      title="Promote canary"
      description="The canary's deployment and variable overrides become the stage's own and the canary is removed: all traffic then gets what the canary served."
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={promote.isPending}>
            Cancel
          </Button>
          <Button onClick={() => promote.mutate(undefined, { onSuccess: close })} pending={promote.isPending} disabled={!preview.isSuccess}>
            Promote
          </Button>
        </>
      }
    >
      {preview.isPending ? (
        <LoadingState label="Preparing the promotion…" />
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-xs text-zinc-600" data-testid="promotion-deployments">
            Stage deployment <code className="font-mono">{preview.data.fromDeploymentId}</code> → <code className="font-mono">{preview.data.toDeploymentId}</code>
            {preview.data.fromDeploymentId === preview.data.toDeploymentId ? " (unchanged)" : ""}; the canary takes {preview.data.percentTraffic}% of requests now.
          </p>
          <section aria-label="Stage variables before and after" className="flex flex-col gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Stage variables</h3>
            <VariablesChange before={preview.data.variablesBefore} after={preview.data.variablesAfter} />
          </section>
          <DeploymentDiffSection apiId={apiId} from={preview.data.fromDeploymentId} to={preview.data.toDeploymentId} fromLabel="stage now" toLabel="canary" />
          <InlineError message={promote.isError ? errorMessage(promote.error) : null} />
        </div>
      )}
    </Dialog>
  );
}
