"use client";

import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime, formatMs } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useFunctionInvocations, type FunctionInvocationJson } from "@/lib/query/functions";

const STATUS_TONE: Record<string, "green" | "red" | "amber"> = { Success: "green", Unhandled: "red", Timeout: "amber" };

function Row({ invocation }: { invocation: FunctionInvocationJson }) {
  const [open, setOpen] = useState(false);
  return (
    <Fragment>
      <tr data-testid="invocation-row">
        <td className="px-4 py-2 whitespace-nowrap text-zinc-600">{formatDateTime(invocation.createdAt)}</td>
        <td className="px-4 py-2 font-mono">{invocation.qualifier}</td>
        <td className="px-4 py-2">
          <Badge tone={STATUS_TONE[invocation.status] ?? "neutral"}>{invocation.status}</Badge>
          {invocation.errorType && <span className="ml-2 font-mono text-zinc-500">{invocation.errorType}</span>}
        </td>
        <td className="px-4 py-2 text-right">{formatMs(invocation.durationMs)}</td>
        <td className="px-4 py-2 text-zinc-600">{invocation.source}</td>
        <td className="px-4 py-2 font-mono text-zinc-500">{invocation.requestId}</td>
        <td className="px-4 py-2 text-right">
          <Button variant="ghost" size="sm" onClick={() => setOpen((value) => !value)} aria-expanded={open} disabled={!invocation.logTail}>
            {open ? "Hide log" : "Log"}
          </Button>
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={7} className="bg-zinc-50 px-4 py-2">
            <pre className="max-h-72 overflow-auto rounded-md bg-zinc-900 p-3 font-mono text-xs whitespace-pre-wrap break-all text-zinc-100">
              {invocation.logTail}
            </pre>
          </td>
        </tr>
      )}
    </Fragment>
  );
}

export function InvocationsPanel({ functionName }: { functionName: string }) {
  const invocations = useFunctionInvocations(functionName);
  return (
    <Card
      title="Recent invocations"
      description="The last 100 invocations from Test, the Lambda API and API integrations, with the last 4 KB of each log. Refreshes every 10 s."
      bodyClassName="p-0"
    >
      {invocations.isPending ? (
        <LoadingState label="Loading invocations…" />
      ) : invocations.isError ? (
        <div className="p-4">
          <ErrorState error={invocations.error} onRetry={() => invocations.refetch()} />
        </div>
      ) : invocations.data.length === 0 ? (
        <p className="px-4 py-8 text-center text-zinc-500">No invocations yet. Run a Test or call the function and they show up here.</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto">
          <DataTable
            variant="card"
            stickyHeader
            className="text-xs"
            columns={["Time", "Qualifier", "Status", { label: "Duration", className: "text-right" }, "Source", "Request ID", ""]}
            data-testid="invocations-table"
          >
            {invocations.data.map((invocation) => (
              <Row key={invocation.id} invocation={invocation} />
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
