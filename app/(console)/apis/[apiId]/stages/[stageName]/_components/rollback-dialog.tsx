"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { DeploymentJson, StageJson } from "@/lib/query/types";
import { useUpdateStage } from "@/lib/query/use-stages";
import { DeploymentDiffSection } from "./deployment-diff-section";

export interface RollbackDialogProps {
  apiId: string;
  stage: StageJson;
  /** The deployment to point the stage at; null keeps the dialog closed. */
  target: DeploymentJson | null;
  /** Older than the current deployment: a roll back rather than a roll forward. */
  isRollback: boolean;
  onClose: () => void;
}

/** Shows what the stage will serve differently, then repoints it (UpdateStage /deploymentId). */
export function RollbackDialog({ apiId, stage, target, isRollback, onClose }: RollbackDialogProps) {
  const updateStage = useUpdateStage(apiId, stage.stageName);
  const verb = isRollback ? "Roll back" : "Activate";

  function close() {
    updateStage.reset();
    onClose();
  }

  return (
    <Dialog
      open={target !== null}
      onClose={close}
      wide
      title={isRollback ? "Roll back stage" : "Activate deployment"}
      description={
        <>
          Point stage <strong>{stage.stageName}</strong> at deployment <code className="font-mono">{target?.id}</code>
          {target?.description ? ` (“${target.description}”)` : ""}. These are the changes its callers will see as soon as the gateway picks it up.
        </>
      }
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={updateStage.isPending}>
            Cancel
          </Button>
          <Button onClick={() => target && updateStage.mutate({ deploymentId: target.id }, { onSuccess: close })} pending={updateStage.isPending}>
            {verb}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <DeploymentDiffSection apiId={apiId} from={stage.deploymentId} to={target?.id ?? null} fromLabel="current" toLabel={isRollback ? "rollback target" : "target"} />
        <InlineError message={updateStage.isError ? errorMessage(updateStage.error) : null} />
      </div>
    </Dialog>
  );
}
