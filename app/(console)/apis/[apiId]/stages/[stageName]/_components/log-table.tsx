"use client";

import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
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
          <table className="w-full text-left text-xs" data-testid="log-table">
            <thead className="sticky top-0 border-b border-zinc-200 bg-zinc-50 text-zinc-500">
              <tr>
                <th className="px-4 py-2 font-medium">Time</th>
                <th className="px-4 py-2 font-medium">Method</th>
                <th className="px-4 py-2 font-medium">Path</th>
                <th className="px-4 py-2 font-medium">Resource</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 text-right font-medium">Latency</th>
                <th className="px-4 py-2 text-right font-medium">Integration</th>
                <th className="px-4 py-2 font-medium">Request id</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 font-mono">
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
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
