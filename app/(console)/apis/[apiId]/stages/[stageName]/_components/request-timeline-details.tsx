import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format";
import type { RouteFacts } from "@/lib/domain/runtime-contract";
import type { RequestExplanationJson, RequestLogDetailJson } from "@/lib/query/logs";
import { statusTone } from "./log-table";
import { formatShortMs } from "./request-timeline-scale";

/** Parts of the request timeline dialog below its bars: what happened in words, the facts, ids and log lines. */

const EXPLANATION_TONE = {
  red: "border-red-200 bg-red-50 text-red-900",
  amber: "border-amber-200 bg-amber-50 text-amber-950",
  other: "border-zinc-200 bg-zinc-50 text-zinc-800",
};

export function RequestExplanation({ explanation, status }: { explanation: RequestExplanationJson; status: number }) {
  const tone = statusTone(status);
  const { fix } = explanation;
  return (
    <section
      aria-label="What happened"
      data-testid="request-explanation"
      className={cn("flex flex-col gap-1.5 rounded-md border px-4 py-3", EXPLANATION_TONE[tone === "red" || tone === "amber" ? tone : "other"])}
    >
      <h3 className="font-semibold">{explanation.title}</h3>
      <p className="leading-relaxed">{explanation.text}</p>
      {fix && (
        <p>
          {fix.href.startsWith("/") ? (
            <Link href={fix.href} className="font-medium text-accent-700 underline underline-offset-2 hover:text-accent-600">
              {fix.label} →
            </Link>
          ) : (
            <a href={fix.href} target="_blank" rel="noreferrer" className="font-medium text-accent-700 underline underline-offset-2 hover:text-accent-600">
              {fix.label} ↗
            </a>
          )}
        </p>
      )}
    </section>
  );
}

/** How routing went, in words: the matched resource and method, or what was missing. */
export function describeRoute(route: RouteFacts | null, httpMethod: string): string {
  if (!route) return "Not recorded for this request.";
  if (!route.stageFound) return "No deployed stage of this name.";
  if (!route.resourcePath) return "No resource matches the path.";
  if (!route.httpMethod) {
    const methods = route.resourceMethods?.length ? route.resourceMethods.join(", ") : "no methods";
    return `${route.resourcePath} matched, but it has ${methods} only, not ${httpMethod}.`;
  }
  return `${route.httpMethod} ${route.resourcePath}`;
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] font-medium tracking-wide text-zinc-500 uppercase">{label}</dt>
      <dd className="mt-0.5 break-words text-zinc-800" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function RequestFacts({ log }: { log: RequestLogDetailJson }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4">
      <Fact label="Status" testId="request-status">
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone={statusTone(log.status)}>{log.status}</Badge>
          {log.errorType && <span className="font-mono text-xs break-all text-zinc-600">{log.errorType}</span>}
        </span>
      </Fact>
      <Fact label="Latency">{formatShortMs(log.latencyMs)}</Fact>
      <Fact label="Integration latency">{log.integrationLatencyMs === null ? "no integration ran" : formatShortMs(log.integrationLatencyMs)}</Fact>
      <Fact label="Time">{formatDateTime(log.time)}</Fact>
      <Fact label="Matched resource and method" testId="request-route">
        <span className="font-mono text-xs">{describeRoute(log.route, log.httpMethod)}</span>
      </Fact>
      <Fact label="Request">
        <span className="font-mono text-xs">
          {log.httpMethod} {log.path}
        </span>
      </Fact>
      <Fact label="Caller">
        <span className="font-mono text-xs">{log.sourceIp}</span>
        {log.userAgent && <span className="block truncate text-xs text-zinc-500" title={log.userAgent}>{log.userAgent}</span>}
      </Fact>
      <Fact label="Served by">
        <span className="flex flex-wrap items-center gap-1">
          <Badge tone={log.canary ? "amber" : "neutral"}>{log.canary ? "canary" : "base deployment"}</Badge>
          {log.cacheStatus && <Badge tone={log.cacheStatus === "hit" ? "accent" : "neutral"}>cache {log.cacheStatus}</Badge>}
          {log.apiKeyId && <Badge>key {log.apiKeyId}</Badge>}
        </span>
        <span className="mt-0.5 block text-xs text-zinc-500">
          {log.protocol} · {log.responseLength} bytes
        </span>
      </Fact>
    </dl>
  );
}

export function RequestIds({ log }: { log: RequestLogDetailJson }) {
  const ids: [string, string | null | undefined][] = [
    ["Request id", log.requestId],
    ["Extended request id", log.extendedRequestId],
    ["Trace id", log.traceId],
    ["Gateway span id", log.spanId],
  ];
  return (
    <dl className="flex flex-col gap-1.5">
      {ids
        .filter((entry): entry is [string, string] => Boolean(entry[1]))
        .map(([label, value]) => (
          <div key={label} className="grid grid-cols-[9.5rem_minmax(0,1fr)_auto] items-center gap-3">
            <dt className="text-xs text-zinc-500">{label}</dt>
            <dd className="truncate font-mono text-xs text-zinc-800" title={value}>
              {value}
            </dd>
            <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
          </div>
        ))}
    </dl>
  );
}

export function RequestLogLines({ log }: { log: RequestLogDetailJson }) {
  return (
    <div className="flex flex-col gap-3">
      <div>
        <h4 className="mb-1 text-xs font-medium text-zinc-700">Execution log</h4>
        {log.executionLog.length > 0 ? (
          <pre className="max-h-64 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[11px] leading-relaxed break-words whitespace-pre-wrap text-zinc-800" data-testid="execution-log">
            {/* As AWS's log streams show them: each line after the request id it belongs to. */}
            {log.executionLog.map((line) => `(${log.requestId}) ${line}`).join("\n")}
          </pre>
        ) : (
          <p className="text-xs text-zinc-500">No execution log: the method&apos;s logging level was OFF when this request ran.</p>
        )}
      </div>
      <div>
        <h4 className="mb-1 text-xs font-medium text-zinc-700">Access log</h4>
        {log.accessLog ? (
          <pre className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[11px] break-all whitespace-pre-wrap text-zinc-800" data-testid="access-log">
            {log.accessLog}
          </pre>
        ) : (
          <p className="text-xs text-zinc-500">No access log line: the stage had no access log format set.</p>
        )}
      </div>
    </div>
  );
}
