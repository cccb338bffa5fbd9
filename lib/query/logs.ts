"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { RequestStep, RouteFacts } from "@/lib/domain/runtime-contract";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { consoleApi } from "./urls";

/** One row of GET .../stages/{stage}/logs: a request, as the explorer's table shows it. */
export interface RequestLogSummaryJson {
  id: number;
  requestId: string;
  extendedRequestId: string;
  time: string;
  httpMethod: string;
  path: string;
  resourcePath: string | null;
  status: number;
  latencyMs: number;
  /** Null when no integration ran; -1 when it timed out. */
  integrationLatencyMs: number | null;
  errorType: string | null;
  errorMessage?: string | null;
  apiKeyId?: string | null;
  canary?: boolean;
  cacheStatus?: "hit" | "miss" | null;
  traceId?: string | null;
  sourceIp: string;
}

/** What the console says about a request in plain words, with a link to the place that fixes it. */
export interface RequestExplanationJson {
  title: string;
  text: string;
  fix?: { label: string; href: string };
}

/** GET .../logs/{logId}: everything the request timeline shows. */
export interface RequestLogDetailJson extends RequestLogSummaryJson {
  userAgent: string | null;
  protocol: string;
  responseLength: number;
  spanId?: string | null;
  timeline: RequestStep[];
  route: RouteFacts | null;
  executionLog: string[];
  accessLog: string | null;
  explanation: RequestExplanationJson | null;
}

export interface RequestLogPageJson {
  items: RequestLogSummaryJson[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextCursor: number | null;
}

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
      return fetchJson<RequestLogPageJson>(`${consoleApi.stageLogs(apiId, stageName)}?${query.toString()}`, { signal });
    },
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One request's timeline, route facts and log lines; idle until a row is opened. */
export function useLogDetail(apiId: string, stageName: string, logId: number | null) {
  return useQuery({
    queryKey: queryKeys.apis.detail(apiId).stages.detail(stageName).logs.detail(logId ?? -1),
    queryFn: ({ signal }) => fetchJson<RequestLogDetailJson>(consoleApi.stageLog(apiId, stageName, logId ?? -1), { signal }),
    enabled: logId !== null,
    // A request's record never changes once stored.
    staleTime: Infinity,
  });
}
