"use client";

import Link from "next/link";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyField } from "@/components/ui/copy-button";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { functionArn, type FunctionPlace } from "@/lib/domain/functions/arn";
import { ApiError } from "@/lib/query/fetch-json";
import { useFunction } from "@/lib/query/functions";
import { CodePanel, type SourceDraft } from "./code-panel";
import { ConfigPanel } from "./config-panel";
import { FunctionHeader } from "./function-header";
import { InvocationsPanel } from "./invocations-panel";
import { TestPanel } from "./test-panel";
import { FUNCTION_TABS, useTab, type FunctionTab } from "./use-tab";
import { VersionsPanel } from "./versions-panel";

export interface FunctionViewProps {
  functionName: string;
  place: FunctionPlace;
}

export function FunctionView({ functionName, place }: FunctionViewProps) {
  const fn = useFunction(functionName);
  const [tab, setTab] = useTab();
  // Panels mount on first visit and then stay, so a draft in the editor survives a look at another tab.
  const [visited, setVisited] = useState<ReadonlySet<FunctionTab>>(() => new Set([tab]));
  // The editor's unsaved text is held here: the Test tab warns that it runs the saved code.
  const [draft, setDraft] = useState<SourceDraft | null>(null);

  if (fn.isPending) return <LoadingState label="Loading function…" />;
  if (fn.isError) {
    if (fn.error instanceof ApiError && fn.error.status === 404) {
      return (
        <EmptyState title="Function not found" action={<Link href="/functions" className="text-accent-700 hover:underline">Back to functions</Link>}>
          There is no function named {functionName}. It may have been deleted.
        </EmptyState>
      );
    }
    return <ErrorState error={fn.error} onRetry={() => fn.refetch()} />;
  }

  const open = (next: FunctionTab) => {
    setVisited((current) => new Set(current).add(next));
    setTab(next);
  };

  return (
    <div className="flex flex-col gap-6">
      <FunctionHeader fn={fn.data} />
      <Card title="ARNs" description="Qualified ARNs of versions and aliases are listed under Versions & aliases.">
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Function ARN (unqualified)</span>
            <CopyField value={functionArn(place, functionName)} testId="function-arn" />
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">$LATEST</span>
            <CopyField value={functionArn(place, functionName, "$LATEST")} testId="function-arn-latest" />
          </div>
        </div>
      </Card>
      <div>
        <div role="tablist" aria-label="Function" className="flex gap-1 border-b border-zinc-200">
          {FUNCTION_TABS.map((item) => (
            <button
              key={item.id}
              type="button"
              role="tab"
              id={`tab-${item.id}`}
              aria-selected={tab === item.id}
              aria-controls={`panel-${item.id}`}
              onClick={() => open(item.id)}
              className={cn(
                "-mb-px border-b-2 px-3 py-2 text-sm font-medium transition-colors",
                tab === item.id ? "border-accent-600 text-zinc-900" : "border-transparent text-zinc-500 hover:text-zinc-900",
              )}
            >
              {item.label}
              {item.id === "code" && draft && <span className="ml-1.5 text-amber-600" title="Unsaved changes">●</span>}
            </button>
          ))}
        </div>
        {FUNCTION_TABS.map((item) =>
          visited.has(item.id) || tab === item.id ? (
            <div key={item.id} role="tabpanel" id={`panel-${item.id}`} aria-labelledby={`tab-${item.id}`} hidden={tab !== item.id} className="pt-5">
              {item.id === "code" && <CodePanel fn={fn.data} draft={draft} onDraftChange={setDraft} />}
              {item.id === "test" && <TestPanel functionName={functionName} unsavedCode={draft !== null} />}
              {item.id === "configuration" && <ConfigPanel fn={fn.data} />}
              {item.id === "versions" && <VersionsPanel fn={fn.data} place={place} />}
              {item.id === "invocations" && <InvocationsPanel functionName={functionName} />}
            </div>
          ) : null,
        )}
      </div>
    </div>
  );
}
