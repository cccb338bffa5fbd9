"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { RequestLogDetail, RequestLogPage } from "@/lib/domain/observability/request-log-views";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { consoleApi } from "./urls";

export type {
  RequestLogSummary as RequestLogSummaryJson,
  RequestLogDetail as RequestLogDetailJson,
  RequestLogPage as RequestLogPageJson,
} from "@/lib/domain/observability/request-log-views";
export type { Explanation as RequestExplanationJson } from "@/lib/domain/observability/explain";

const PAGE_SIZE = 50;

/**
 * A stage's request logs, newest first, one page of 50 at a time ("Load older" asks for the next).
 * `key` names the filters (it is the query key); `buildQuery(now)` turns them into the API's query, called per
 * fetch so a relative range ("last hour") is measured from when the page is read, including on refetch.
 */
export function useLogSearch(apiId: string, stageName: string, key: string, buildQuery: (now: number) => URLSearchParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).logs.list(key),
    queryFn: ({ pageParam, signal }) => {
      const query = buildQuery(Date.now());
      if (pageParam !== null) query.set("before", String(pageParam));
      query.set("limit", String(PAGE_SIZE));
      return fetchJson<RequestLogPage>(`${consoleApi.stageLogs(apiId, stageName)}?${query.toString()}`, { signal });
    },
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One request's timeline, route facts and log lines; idle until a row is opened. */
export function useLogDetail(apiId: string, stageName: string, logId: number | null) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).logs.detail(logId ?? -1),
    queryFn: ({ signal }) => fetchJson<RequestLogDetail>(consoleApi.stageLog(apiId, stageName, logId ?? -1), { signal }),
    enabled: logId !== null,
    // A request's record never changes once stored.
    staleTime: Infinity,
  });
}
