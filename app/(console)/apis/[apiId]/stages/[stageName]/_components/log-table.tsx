"use client";

import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import type { RequestLogSummaryJson } from "@/lib/query/logs";
import { formatShortMs } from "./request-timeline-scale";

export type StatusTone = "green" | "accent" | "amber" | "red" | "neutral";

/** Colour by status class; the number itself is always shown, so colour is never the only signal. */
export function statusTone(status: number): StatusTone {
  if (status >= 500) return "red";
  if (status >= 400) return "amber";
  if (status >= 300) return "accent";
  if (status >= 200) return "green";
  return "neutral";
}

/** Today's requests show the time only; older ones (a 7-day range) also their date. */
export function formatLogTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const time = date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { month: "short", day: "numeric" })} ${time}`;
}

export interface LogTableProps {
  rows: RequestLogSummaryJson[];
  onOpen: (row: RequestLogSummaryJson) => void;
  /** The row whose timeline is open, highlighted so the reader finds their place on closing it. */
  openId: number | null;
}

const CELL = "px-4 py-1.5";

/** The explorer's rows. The time cell is a button, so Tab reaches each row and Enter opens its timeline. */
export function LogTable({ rows, onOpen, openId }: LogTableProps) {
  return (
    <DataTable
      variant="card"
      stickyHeader
      className="text-xs"
      bodyClassName="font-mono"
      columns={["Time", "Method", "Path", "Status", { label: "Latency", className: "text-right" }, "Error type", "API key", "Tags"]}
      data-testid="log-table"
    >
      {rows.map((row) => (
        <tr
          key={row.id}
          data-testid="log-row"
          data-log-id={row.id}
          data-open={row.id === openId || undefined}
          onClick={() => onOpen(row)}
          className={cn("cursor-pointer hover:bg-zinc-50", row.id === openId && "bg-accent-50/60")}
        >
          <td className={cn(CELL, "whitespace-nowrap text-zinc-600")}>
            <button
              type="button"
              onClick={(event) => {
                event.stopPropagation();
                onOpen(row);
              }}
              aria-label={`Open the timeline of ${row.httpMethod} ${row.path}, status ${row.status}, at ${formatLogTime(row.time)}`}
              className="rounded underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500"
            >
              {formatLogTime(row.time)}
            </button>
          </td>
          <td className={cn(CELL, "font-semibold")}>{row.httpMethod}</td>
          <td className={cn(CELL, "max-w-72")}>
            <span className="block truncate" title={row.path}>{row.path}</span>
            {row.resourcePath && row.resourcePath !== row.path && (
              <span className="block truncate text-[11px] text-zinc-400" title={`Resource ${row.resourcePath}`}>{row.resourcePath}</span>
            )}
          </td>
          <td className={CELL}>
            <Badge tone={statusTone(row.status)}>{row.status}</Badge>
          </td>
          <td className={cn(CELL, "text-right whitespace-nowrap")}>{formatShortMs(row.latencyMs)}</td>
          <td className={cn(CELL, "max-w-48 truncate text-zinc-600")} title={row.errorMessage ?? undefined}>
            {row.errorType ?? <span className="text-zinc-300">—</span>}
          </td>
          <td className={cn(CELL, "max-w-32 truncate text-zinc-500")} title={row.apiKeyId ?? undefined}>
            {row.apiKeyId ?? <span className="text-zinc-300">—</span>}
          </td>
          <td className={cn(CELL, "whitespace-nowrap")}>
            <span className="flex gap-1">
              {row.canary && <Badge tone="amber">canary</Badge>}
              {row.cacheStatus && <Badge tone={row.cacheStatus === "hit" ? "accent" : "neutral"}>cache {row.cacheStatus}</Badge>}
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
