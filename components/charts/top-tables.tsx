"use client";

import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { formatMs } from "@/components/ui/format";
import type { MetricsJson, TopRowJson } from "@/lib/query/metrics";
import { formatCount, sameMethod, type MethodFilter } from "./metric-format";

const TABLES = [
  { id: "requests", title: "By requests", list: "byRequests", value: "Requests", cell: (row: TopRowJson) => formatCount(row.count) },
  { id: "errors", title: "By errors", list: "byErrors", value: "Errors", cell: (row: TopRowJson) => formatCount(row.errors) },
  { id: "latency", title: "By latency", list: "byLatency", value: "p99", cell: (row: TopRowJson) => formatMs(row.p99Ms) },
] as const;

export interface TopTablesProps {
  top: MetricsJson["top"];
  selected?: MethodFilter;
  /** Filters the dashboard by the row's resource and method. */
  onSelect: (method: MethodFilter) => void;
}

/** The busiest, most failing and slowest resources and methods of the range; a row narrows the charts to it. */
export function TopTables({ top, selected, onSelect }: TopTablesProps) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
      {TABLES.map((table) => (
        <section key={table.id} aria-label={`Top resources ${table.title.toLowerCase()}`} className="min-w-0">
          <h3 className="mb-1 text-xs font-semibold text-zinc-700">{table.title}</h3>
          <DataTable variant="inline" columns={["Method", { label: table.value, className: "text-right" }]} data-testid={`top-${table.id}`}>
            {top[table.list].length === 0 && (
              <tr>
                <td colSpan={2} className="py-2 text-xs text-zinc-500">
                  No requests in this range.
                </td>
              </tr>
            )}
            {top[table.list].map((row) => {
              const label = `${row.httpMethod} ${row.resourcePath || "(no resource)"}`;
              // Requests that matched no resource have no method to filter by.
              const filterable = row.resourcePath !== "";
              const active = sameMethod(selected, row);
              return (
                <tr
                  key={`${row.httpMethod} ${row.resourcePath}`}
                  data-testid={`top-${table.id}-row`}
                  onClick={filterable ? () => onSelect({ resourcePath: row.resourcePath, httpMethod: row.httpMethod }) : undefined}
                  className={cn("text-xs", filterable && "cursor-pointer hover:bg-zinc-50", active && "bg-accent-50")}
                >
                  <td className="py-1 pr-2 font-mono">
                    {filterable ? (
                      <button
                        type="button"
                        aria-pressed={active}
                        title={`Show only ${label}`}
                        className="truncate text-left text-accent-700 hover:underline"
                        onClick={(event) => {
                          event.stopPropagation();
                          onSelect({ resourcePath: row.resourcePath, httpMethod: row.httpMethod });
                        }}
                      >
                        {label}
                      </button>
                    ) : (
                      <span className="text-zinc-500">{label}</span>
                    )}
                  </td>
                  <td className="py-1 text-right tabular-nums">{table.cell(row)}</td>
                </tr>
              );
            })}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
