"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { UsagePlanJson } from "@/lib/query/types";
import { useDeleteUsagePlan } from "@/lib/query/use-usage-plans";

export function DeleteUsagePlanDialog({ plan, open, onClose }: { plan: UsagePlanJson; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const deletePlan = useDeleteUsagePlan();

  function close() {
    deletePlan.reset();
    onClose();
  }

  const keys = plan.keys.length;
  return (
    <ConfirmDialog
      open={open}
      title="Delete usage plan"
      confirmLabel="Delete plan"
      pending={deletePlan.isPending}
      error={deletePlan.isError ? errorMessage(deletePlan.error) : null}
      onCancel={close}
      onConfirm={() => deletePlan.mutate(plan.id, { onSuccess: () => router.push("/usage-plans") })}
    >
      <p>
        Delete <strong>{plan.name}</strong>?{" "}
        {keys > 0
          ? `Its ${keys} key${keys === 1 ? "" : "s"} stay but lose access to the plan's API stages: calls to methods that require a key get 403 Forbidden.`
          : "No keys are attached to it."}{" "}
        This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
