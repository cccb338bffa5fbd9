"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useLogSearch } from "@/lib/query/logs";
import { mergeNewest, useLogStream } from "@/lib/query/use-log-stream";
import { LogTable } from "./log-table";
import { LogsFilterBar } from "./logs-filter-bar";
import {
  describeRange,
  hasNarrowingFilters,
  logFiltersToParams,
  logsApiQuery,
  logStreamQuery,
  mergeLogParams,
  parseLogFilters,
  withoutNarrowing,
  type LogFilters,
} from "./logs-filters";
import { LogsLiveTail } from "./logs-live-tail";
import { RequestTimelineDialog } from "./request-timeline-dialog";

/**
 * Replaces the page's query string without a navigation: Next's router follows history.replaceState, so
 * useSearchParams sees the change and no server round trip is made for a filter.
 */
function replaceSearch(params: URLSearchParams) {
  const search = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
}

/** The stage's request logs: filters kept in the URL, newest first with "Load older", a live tail, and a request's timeline. */
export function LogsExplorer({ apiId, stageName }: { apiId: string; stageName: string }) {
  const searchParams = useSearchParams();
  const paramString = searchParams.toString();
  const filters = useMemo(() => parseLogFilters(new URLSearchParams(paramString)), [paramString]);
  const filterKey = logFiltersToParams(filters).toString();
  const search = useLogSearch(apiId, stageName, filterKey, (now) => logsApiQuery(filters, now));

  // On by default, as the stage's request log always was: rows arrive without a reload.
  const [live, setLive] = useState(true);
  const streamQuery = logStreamQuery(filters);
  const { refetch } = search;
  const readAgain = useCallback(() => void refetch(), [refetch]);
  const stream = useLogStream(apiId, stageName, live && streamQuery ? streamQuery.toString() : null, readAgain);

  const logParam = searchParams.get("log");
  const openId = logParam && /^\d+$/.test(logParam) ? Number(logParam) : null;
  const pages = search.data?.pages;
  const rows = useMemo(() => mergeNewest(pages?.flatMap((page) => page.items) ?? [], stream.records, Infinity), [pages, stream.records]);

  const setFilters = (next: LogFilters) => replaceSearch(mergeLogParams(new URLSearchParams(paramString), next));
  const setOpen = (logId: number | null) =>
    replaceSearch(mergeLogParams(new URLSearchParams(paramString), filters, { log: logId === null ? null : String(logId) }));
  const setLiveTail = (on: boolean) => {
    setLive(on);
    if (!on) stream.resume();
  };

  return (
    <Card
      title="Request logs"
      description="Newest first. The filters are part of the page address, so a view can be shared. Open a row for its timeline."
      actions={
        <>
          <LogsLiveTail
            live={live}
            unavailable={streamQuery ? null : "The range ends in the past: clear its end time to follow new requests."}
            paused={stream.paused}
            status={stream.status}
            newCount={stream.newCount}
            skipped={stream.skipped}
            onLiveChange={setLiveTail}
            onPausedChange={(pause) => (pause ? stream.pause() : stream.resume())}
          />
          <Button
            variant="secondary"
            size="sm"
            aria-label="Refresh logs"
            onClick={() => search.refetch()}
            pending={search.isRefetching && !search.isFetchingNextPage}
          >
            Refresh
          </Button>
        </>
      }
      bodyClassName="p-0"
    >
      <div className="border-b border-zinc-200 px-4 py-3">
        <LogsFilterBar key={filterKey} filters={filters} stageName={stageName} onChange={setFilters} />
      </div>
      {search.isPending ? (
        <LoadingState label="Loading requests…" />
      ) : search.isError ? (
        <div className="p-4">
          <ErrorState error={search.error} onRetry={() => search.refetch()} />
        </div>
      ) : rows.length === 0 ? (
        <div className="flex flex-col items-center gap-2 px-4 py-10 text-center text-zinc-500" data-testid="logs-empty">
          {hasNarrowingFilters(filters) ? (
            <>
              <p>No requests match these filters in {describeRange(filters, formatDateTime)}.</p>
              <Button variant="secondary" size="sm" onClick={() => setFilters(withoutNarrowing(filters))}>
                Clear filters
              </Button>
            </>
          ) : (
            <p>No requests in {describeRange(filters, formatDateTime)}. Call an invoke URL and they show up here within a few seconds.</p>
          )}
        </div>
      ) : (
        <>
          <div className="max-h-[32rem] overflow-auto">
            <LogTable rows={rows} openId={openId} onOpen={(row) => setOpen(row.id)} />
          </div>
          <div className="flex items-center justify-between gap-4 border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500">
            <span data-testid="logs-count">
              {rows.length} {rows.length === 1 ? "request" : "requests"} shown
            </span>
            {search.hasNextPage ? (
              <Button variant="secondary" size="sm" onClick={() => search.fetchNextPage()} pending={search.isFetchingNextPage}>
                Load older
              </Button>
            ) : (
              <span>No older requests in {describeRange(filters, formatDateTime)}.</span>
            )}
          </div>
        </>
      )}
      <RequestTimelineDialog apiId={apiId} stageName={stageName} logId={openId} summary={rows.find((row) => row.id === openId)} onClose={() => setOpen(null)} />
    </Card>
  );
}
