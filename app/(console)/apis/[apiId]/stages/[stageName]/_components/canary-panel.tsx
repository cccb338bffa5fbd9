"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { StageJson } from "@/lib/query/types";
import { useDeleteCanary } from "@/lib/query/use-stage-canary";
import { CanaryDialog } from "./canary-dialog";
import { PromoteCanaryDialog } from "./promote-canary-dialog";

type Open = "edit" | "promote" | "delete" | null;

/** AWS's canary release on a stage: create it, change its share, promote it or delete it. */
export function CanaryPanel({ apiId, stage }: { apiId: string; stage: StageJson }) {
  const [open, setOpen] = useState<Open>(null);
  const remove = useDeleteCanary(apiId, stage.stageName);
  const canary = stage.settings.canarySettings;
  const overrides = Object.entries(canary?.stageVariableOverrides ?? {});

  function closeDelete() {
    remove.reset();
    setOpen(null);
  }

  return (
    <Card
      title={<span className="flex items-center gap-2">Canary {canary && <Badge tone="amber">{canary.percentTraffic}% of traffic</Badge>}</span>}
      description="Send a share of this stage's requests to another deployment, compare its metrics, then promote it or delete it."
      actions={
        canary ? (
          <>
            <Button variant="secondary" size="sm" onClick={() => setOpen("edit")}>Edit canary</Button>
            <Button size="sm" onClick={() => setOpen("promote")}>Promote canary</Button>
            <Button variant="ghost" size="sm" onClick={() => setOpen("delete")}>Delete canary</Button>
          </>
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setOpen("edit")}>Create canary</Button>
        )
      }
    >
      {canary ? (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-xs sm:grid-cols-4" data-testid="canary-settings">
          <div><dt className="text-zinc-500">Traffic</dt><dd className="font-mono">{canary.percentTraffic}%</dd></div>
          <div><dt className="text-zinc-500">Deployment</dt><dd className="font-mono">{canary.deploymentId}</dd></div>
          <div><dt className="text-zinc-500">Stage cache</dt><dd>{canary.useStageCache ? "shared with the stage" : "not used"}</dd></div>
          <div>
            <dt className="text-zinc-500">Variable overrides</dt>
            <dd className="font-mono">{overrides.length ? overrides.map(([name, value]) => `${name}=${value}`).join(", ") : "none"}</dd>
          </div>
        </dl>
      ) : (
        <p className="text-xs text-zinc-500">No canary: every request is served by deployment <span className="font-mono">{stage.deploymentId}</span>.</p>
      )}
      <CanaryDialog apiId={apiId} stage={stage} open={open === "edit"} onClose={() => setOpen(null)} />
      <PromoteCanaryDialog apiId={apiId} stage={stage} open={open === "promote"} onClose={() => setOpen(null)} />
      <ConfirmDialog
        open={open === "delete"}
        title="Delete canary"
        confirmLabel="Delete canary"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={closeDelete}
        onConfirm={() => remove.mutate(undefined, { onSuccess: closeDelete })}
      >
        <p>All of stage <strong>{stage.stageName}</strong>&apos;s traffic goes back to deployment <code className="font-mono">{stage.deploymentId}</code>.</p>
      </ConfirmDialog>
    </Card>
  );
}
