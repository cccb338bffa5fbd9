"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ApiKeyDetailJson } from "@/lib/query/types";
import { useMoveApiKeyPlan } from "@/lib/query/use-api-keys";
import { PlanPicker } from "../../_components/plan-picker";
import { QuotaUsage } from "../../_components/quota-usage";

/** The key's usage plan, how much of its quota is used, and moving the key to another plan (or none). */
export function KeyPlanCard({ apiKey }: { apiKey: ApiKeyDetailJson }) {
  const move = useMoveApiKeyPlan(apiKey.id);
  const current = apiKey.usagePlan?.id ?? "";
  const [target, setTarget] = useState(current);
  const changed = target !== current;

  return (
    <Card title="Usage plan" description="The plan's quota and throttling apply to every call made with this key.">
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-col gap-0.5">
            <span className="text-xs font-medium text-zinc-500">Plan</span>
            {apiKey.usagePlan ? (
              <Link href={`/usage-plans/${encodeURIComponent(apiKey.usagePlan.id)}`} className="font-medium text-accent-700 hover:underline" data-testid="api-key-plan">
                {apiKey.usagePlan.name}
              </Link>
            ) : (
              <span className="text-zinc-500" data-testid="api-key-plan">
                None: calls to methods that require a key are refused
              </span>
            )}
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-500">Quota used</span>
            <QuotaUsage todayUsed={apiKey.todayUsed} periodUsed={apiKey.periodUsed} quotaLimit={apiKey.quotaLimit} quotaPeriod={apiKey.quotaPeriod} testId="api-key-quota-usage" />
          </div>
        </div>
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <PlanPicker id="move-key-plan" label="Move to plan" value={target} onChange={setTarget} />
          </div>
          <Button variant="secondary" disabled={!changed} pending={move.isPending} onClick={() => move.mutate(target || null)}>
            Move key
          </Button>
        </div>
        <InlineError message={move.isError ? errorMessage(move.error) : null} />
      </div>
    </Card>
  );
}
