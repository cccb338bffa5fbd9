"use client";

import Link from "next/link";
import { formatCount } from "@/components/charts/metric-format";
import { DataTable } from "@/components/ui/data-table";
import { formatMs } from "@/components/ui/format";
import type { MetricRange } from "@/lib/query/metric-ranges";
import type { OverviewApiJson } from "@/lib/query/metrics";

const NUMBER = "text-right";

/** Every API's requests, 4XX, 5XX, p50 and p99 over the range, busiest first, each linking to its dashboard. */
export function OverviewApisTable({ apis, range }: { apis: OverviewApiJson[]; range: MetricRange }) {
  if (apis.length === 0) return <p className="px-4 py-6 text-center text-zinc-500">No APIs yet.</p>;
  const sorted = [...apis].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <DataTable
      variant="card"
      data-testid="overview-apis"
      columns={[
        "API",
        { label: "Requests", className: NUMBER },
        { label: "4XX", className: NUMBER },
        { label: "5XX", className: NUMBER },
        { label: "p50", className: NUMBER },
        { label: "p99", className: NUMBER },
      ]}
    >
      {sorted.map((api) => (
        <tr key={api.restApiId} data-testid="overview-api-row" data-api-id={api.restApiId} className="hover:bg-zinc-50/60">
          <td className="px-4 py-2">
            <Link href={`/apis/${api.restApiId}/dashboard?range=${range}`} className="font-medium text-accent-700 hover:underline">
              {api.name}
            </Link>
            <span className="ml-2 font-mono text-xs text-zinc-500">{api.restApiId}</span>
          </td>
          <td className={`px-4 py-2 tabular-nums ${NUMBER}`} data-testid="overview-api-count" data-value={api.count}>
            {formatCount(api.count)}
          </td>
          <td className={`px-4 py-2 tabular-nums ${NUMBER}`}>{formatCount(api.error4xx)}</td>
          <td className={`px-4 py-2 tabular-nums ${NUMBER}`}>{formatCount(api.error5xx)}</td>
          <td className={`px-4 py-2 tabular-nums ${NUMBER}`}>{formatMs(api.p50Ms)}</td>
          <td className={`px-4 py-2 tabular-nums ${NUMBER}`}>{formatMs(api.p99Ms)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
