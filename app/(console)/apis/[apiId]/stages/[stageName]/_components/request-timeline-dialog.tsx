"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useLogDetail, type RequestLogDetailJson, type RequestLogSummaryJson } from "@/lib/query/logs";
import { RequestTimelineBars } from "./request-timeline-bars";
import { formatShortMs } from "./request-timeline-scale";
import { RequestExplanation, RequestFacts, RequestIds, RequestLogLines } from "./request-timeline-details";

export interface RequestTimelineDialogProps {
  apiId: string;
  stageName: string;
  /** Null keeps the dialog closed. */
  logId: number | null;
  /** The table's row, shown in the header while the full record loads. */
  summary?: RequestLogSummaryJson;
  onClose: () => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

function TimelineBody({ log }: { log: RequestLogDetailJson }) {
  return (
    <div className="flex flex-col gap-5">
      {log.explanation && <RequestExplanation explanation={log.explanation} status={log.status} />}
      <RequestFacts log={log} />
      <Section title="Timeline">
        <RequestTimelineBars steps={log.timeline} latencyMs={log.latencyMs} />
      </Section>
      <Section title="Identifiers">
        <RequestIds log={log} />
      </Section>
      <Section title="Logs">
        <RequestLogLines log={log} />
      </Section>
    </div>
  );
}

/** One request, explained: what happened in words first, then its steps on a time axis, ids and log lines. */
export function RequestTimelineDialog({ apiId, stageName, logId, summary, onClose }: RequestTimelineDialogProps) {
  const detail = useLogDetail(apiId, stageName, logId);
  const head = detail.data ?? summary;
  return (
    <Dialog
      open={logId !== null}
      onClose={onClose}
      wide
      title="Request timeline"
      description={
        head && (
          <span className="font-mono text-xs" data-testid="request-heading">
            {head.httpMethod} {head.path} · {head.status} · {formatShortMs(head.latencyMs)}
          </span>
        )
      }
      footer={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {detail.isPending ? (
        <LoadingState label="Loading the request…" />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <TimelineBody log={detail.data} />
      )}
    </Dialog>
  );
}
