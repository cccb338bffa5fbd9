"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useUsagePlans } from "@/lib/query/use-usage-plans";
import { CreateUsagePlanDialog } from "./create-usage-plan-dialog";
import { UsagePlansTable } from "./usage-plans-table";

export function UsagePlansView() {
  const plans = useUsagePlans();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create usage plan</Button>;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className=""
        title="Usage plans"
        description="Who may call which API stages, how fast (throttling) and how much (quota), per API key."
        actions={createButton}
      />
      {plans.isPending ? (
        <LoadingState label="Loading usage plans…" />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => plans.refetch()} />
      ) : plans.data.length === 0 ? (
        <EmptyState title="No usage plans yet" action={createButton}>
          A plan names the API stages its keys may call, with a request rate and a quota per key.
        </EmptyState>
      ) : (
        <UsagePlansTable plans={plans.data} />
      )}
      <CreateUsagePlanDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
