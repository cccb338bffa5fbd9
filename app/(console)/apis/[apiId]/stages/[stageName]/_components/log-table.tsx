"use client";

import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { DataTable } from "@/components/ui/data-table";
import { formatMs, formatTime } from "@/components/ui/format";
import { useLogStream, type LogStreamStatus } from "@/lib/query/use-log-stream";

const STATUS_LABEL: Record<LogStreamStatus, string> = { connecting: "connecting…", live: "live", reconnecting: "reconnecting…" };

function statusTone(status: number) {
  if (status >= 500) return "red";
  if (status >= 400) return "amber";
  return "green";
}

export function LogTable({ apiId, stageName }: { apiId: string; stageName: string }) {
  const { records, status } = useLogStream(apiId, stageName);
  return (
    <Card
      title="Request log"
      description="New requests appear as the gateway reports them (within a few seconds)."
      actions={
        <span className="flex items-center gap-1.5 text-xs text-zinc-500" data-testid="log-stream-status">
          <span className={cn("size-2 rounded-full", status === "live" ? "bg-emerald-500" : "bg-zinc-300")} />
          {STATUS_LABEL[status]}
        </span>
      }
      bodyClassName="p-0"
    >
      {records.length === 0 ? (
        <p className="px-4 py-8 text-center text-zinc-500">No requests yet. Call an invoke URL and they show up here.</p>
      ) : (
        <div className="max-h-96 overflow-auto">
          <DataTable
            variant="card"
            stickyHeader
            className="text-xs"
            bodyClassName="font-mono"
            columns={["Time", "Method", "Path", "Resource", "Status", { label: "Latency", className: "text-right" }, { label: "Integration", className: "text-right" }, "Request id"]}
            data-testid="log-table"
          >
            {records.map((record) => (
              <tr key={record.id} data-testid="log-row">
                <td className="px-4 py-1.5 whitespace-nowrap text-zinc-600">{formatTime(record.time)}</td>
                <td className="px-4 py-1.5 font-semibold">{record.httpMethod}</td>
                <td className="max-w-64 truncate px-4 py-1.5" title={record.path}>{record.path}</td>
                <td className="px-4 py-1.5 text-zinc-500">{record.resourcePath ?? "—"}</td>
                <td className="px-4 py-1.5">
                  <Badge tone={statusTone(record.status)}>{record.status}</Badge>
                  {record.errorType && <span className="ml-2 text-zinc-500">{record.errorType}</span>}
                </td>
                <td className="px-4 py-1.5 text-right">{formatMs(record.latencyMs)}</td>
                <td className="px-4 py-1.5 text-right">{formatMs(record.integrationLatencyMs)}</td>
                <td className="px-4 py-1.5 text-zinc-500">{record.requestId}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
