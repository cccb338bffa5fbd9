"use client";

import { cn } from "@/components/ui/cn";
import type { MethodJson } from "@/lib/query/types";
import { useDirtyBoxes } from "./dirty-boxes";
import { integrationResponsesSummary } from "./integration-responses-box";
import { integrationSummary } from "./integration-request-box";
import { methodRequestSummary } from "./method-request-box";
import { methodResponsesSummary } from "./method-responses-box";

interface Node {
  id: string;
  title: string;
  detail: string;
}

/** AWS's method execution diagram: client → method request → integration request → backend → integration response → method response → client. */
export function FlowDiagram({ method }: { method: MethodJson }) {
  const dirty = useDirtyBoxes();
  const integration = method.methodIntegration;
  const backend = !integration
    ? "not set up"
    : integration.type === "MOCK"
      ? "Mock: no backend"
      : integration.type === "AWS_PROXY" || /:lambda:path\//.test(integration.uri ?? "")
        ? (/function:([^/]+)\/invocations/.exec(integration.uri ?? "")?.[1] ?? "Lambda")
        : (integration.uri ?? integration.type);
  const top: Node[] = [
    { id: "method-request", title: "Method request", detail: methodRequestSummary(method) },
    { id: "integration-request", title: "Integration request", detail: integrationSummary(method) },
  ];
  const bottom: Node[] = [
    { id: "method-response", title: "Method response", detail: methodResponsesSummary(method) },
    { id: "integration-response", title: "Integration response", detail: integrationResponsesSummary(method) },
  ];
  const box = (node: Node) => (
    <a
      key={node.id}
      href={`#${node.id}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(node.id)?.scrollIntoView({ behavior: "smooth", block: "start" });
      }}
      className={cn(
        "flex min-w-0 flex-1 flex-col rounded-md border bg-white px-3 py-2 text-left hover:border-accent-500",
        dirty.has(node.id) ? "border-amber-400" : "border-zinc-200",
      )}
    >
      <span className="flex items-center gap-1.5 text-xs font-semibold text-zinc-800">
        {node.title}
        {dirty.has(node.id) && <span className="size-1.5 rounded-full bg-amber-500" aria-label="unsaved changes" />}
      </span>
      <span className="line-clamp-2 text-[11px] text-zinc-500">{node.detail}</span>
    </a>
  );
  const arrow = (direction: "→" | "←") => (
    <span aria-hidden className="shrink-0 self-center text-zinc-400">
      {direction}
    </span>
  );
  return (
    <nav aria-label="Method execution" className="grid grid-cols-[4.5rem_1fr_9rem] items-stretch gap-2 rounded-lg border border-zinc-200 bg-zinc-50 p-3" data-testid="method-flow">
      <div className="row-span-2 flex items-center justify-center rounded-md border border-dashed border-zinc-300 text-xs font-medium text-zinc-500">Client</div>
      <div className="flex min-w-0 items-stretch gap-2">
        {box(top[0])}
        {arrow("→")}
        {box(top[1])}
        {arrow("→")}
      </div>
      <div className="row-span-2 flex flex-col items-center justify-center rounded-md border border-zinc-300 bg-white px-2 text-center">
        <span className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Backend</span>
        <span className="line-clamp-3 font-mono text-[11px] break-all text-zinc-700" title={integration?.uri}>
          {backend}
        </span>
      </div>
      <div className="flex min-w-0 items-stretch gap-2">
        {box(bottom[0])}
        {arrow("←")}
        {box(bottom[1])}
        {arrow("←")}
      </div>
    </nav>
  );
}
