"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { ApiKeyJson } from "@/lib/query/types";
import { QuotaUsage } from "./quota-usage";

export const apiKeyPath = (keyId: string) => `/customers/${encodeURIComponent(keyId)}`;

/** The Customers list: one row per API key, by customer, with its plan and its use of the plan's quota. */
export function ApiKeysTable({ keys }: { keys: ApiKeyJson[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
      <DataTable variant="page" columns={["Customer", "Key name", "Status", "Usage plan", "Usage", "API key"]} data-testid="api-keys-table">
        {keys.map((key) => (
          <tr key={key.id} className="hover:bg-zinc-50/60" data-testid={`api-key-row-${key.id}`}>
            <td className="px-4 py-3 text-zinc-800">{key.customerId || <span className="text-zinc-400">—</span>}</td>
            <td className="max-w-xs px-4 py-3">
              <Link href={apiKeyPath(key.id)} className="font-medium text-accent-700 hover:underline">
                {key.name}
              </Link>
              {key.description && <p className="truncate text-xs text-zinc-500" title={key.description}>{key.description}</p>}
            </td>
            <td className="px-4 py-3">{key.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}</td>
            <td className="px-4 py-3">
              {key.usagePlan ? (
                <Link href={`/usage-plans/${encodeURIComponent(key.usagePlan.id)}`} className="text-accent-700 hover:underline">
                  {key.usagePlan.name}
                </Link>
              ) : (
                <span className="text-zinc-400">None</span>
              )}
            </td>
            <td className="px-4 py-3">
              <QuotaUsage todayUsed={key.todayUsed} periodUsed={key.periodUsed} quotaLimit={key.quotaLimit} quotaPeriod={key.quotaPeriod} testId={`api-key-usage-${key.id}`} />
            </td>
            <td className="px-4 py-3 font-mono text-xs text-zinc-600">{key.maskedValue}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
