"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useUsagePlan } from "@/lib/query/use-usage-plans";
import { quotaSummary, throttleSummary } from "../../_components/plan-format";
import { DeleteUsagePlanDialog } from "./delete-usage-plan-dialog";
import { PlanKeysCard } from "./plan-keys-card";
import { UsagePlanSettings } from "./usage-plan-settings";

export function UsagePlanView({ planId }: { planId: string }) {
  const plan = useUsagePlan(planId);
  const [deleting, setDeleting] = useState(false);
  if (plan.isPending) return <LoadingState label="Loading usage plan…" />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => plan.refetch()} />;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="flex gap-1.5 text-xs text-zinc-500">
          <Link href="/usage-plans" className="hover:text-zinc-800">Usage plans</Link>
          <span>/</span>
          <span>{plan.data.name}</span>
        </nav>
        <PageHeader
          className="mt-1"
          title={plan.data.name}
          description={
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
              <span className="font-mono">{plan.data.id}</span>
              <span data-testid="usage-plan-quota">{quotaSummary(plan.data.quota)}</span>
              <span>{throttleSummary(plan.data.throttle)}</span>
              <span>created {formatDateTime(plan.data.createdDate)}</span>
            </span>
          }
          actions={
            <Button variant="secondary" onClick={() => setDeleting(true)}>
              Delete plan
            </Button>
          }
        />
      </div>
      <PlanKeysCard plan={plan.data} />
      <UsagePlanSettings plan={plan.data} />
      <DeleteUsagePlanDialog plan={plan.data} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
