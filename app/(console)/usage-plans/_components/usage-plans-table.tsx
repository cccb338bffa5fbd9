"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import type { UsagePlanJson } from "@/lib/query/types";
import { quotaSummary, throttleSummary } from "./plan-format";

export const usagePlanPath = (planId: string) => `/usage-plans/${encodeURIComponent(planId)}`;

export function UsagePlansTable({ plans }: { plans: UsagePlanJson[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
      <DataTable variant="page" columns={["Name", "Throttling", "Quota", "API stages", { label: "Keys", className: "text-right" }, "Created"]} data-testid="usage-plans-table">
        {plans.map((plan) => (
          <tr key={plan.id} className="hover:bg-zinc-50/60">
            <td className="max-w-xs px-4 py-3">
              <Link href={usagePlanPath(plan.id)} className="font-medium text-accent-700 hover:underline">
                {plan.name}
              </Link>
              {plan.description && <p className="truncate text-xs text-zinc-500" title={plan.description}>{plan.description}</p>}
            </td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{throttleSummary(plan.throttle)}</td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{quotaSummary(plan.quota)}</td>
            <td className="px-4 py-3 text-xs text-zinc-600">
              {plan.apiStages.length === 0 ? (
                <span className="text-zinc-400">None</span>
              ) : (
                plan.apiStages.map((s) => (
                  <div key={`${s.apiId}/${s.stage}`}>
                    {s.apiName} <span className="text-zinc-400">/</span> <span className="font-mono">{s.stage}</span>
                  </div>
                ))
              )}
            </td>
            <td className="px-4 py-3 text-right text-zinc-600">{plan.keys.length}</td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{formatDateTime(plan.createdDate)}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
