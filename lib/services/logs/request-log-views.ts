/** The request log as the console reads it: one summary per table row, the detail for one opened request. */
import type { RequestStep, RouteFacts } from "../../domain/runtime-contract";
import type { Explanation } from "../../domain/observability/explain";

export interface RequestLogSummary {
  id: number;
  requestId: string;
  extendedRequestId: string;
  /** ISO-8601. */
  time: string;
  httpMethod: string;
  path: string;
  resourcePath: string | null;
  status: number;
  latencyMs: number;
  integrationLatencyMs: number | null;
  errorType: string | null;
  errorMessage: string | null;
  apiKeyId: string | null;
  canary: boolean;
  cacheStatus: "hit" | "miss" | null;
  traceId: string | null;
  sourceIp: string;
}

export interface RequestLogDetail extends RequestLogSummary {
  userAgent: string | null;
  protocol: string;
  responseLength: number;
  timeline: RequestStep[];
  route: RouteFacts | null;
  executionLog: string[];
  accessLog: string | null;
  explanation: Explanation | null;
}

export interface RequestLogPage {
  items: RequestLogSummary[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextCursor: number | null;
}

/** The columns a summary reads (never the timeline or the log lines, which can be large). */
export const SUMMARY_SELECT = {
  id: true,
  requestId: true,
  extendedRequestId: true,
  time: true,
  httpMethod: true,
  path: true,
  resourcePath: true,
  status: true,
  latencyMs: true,
  integrationLatencyMs: true,
  errorType: true,
  errorMessage: true,
  apiKeyId: true,
  canary: true,
  cacheStatus: true,
  traceId: true,
  sourceIp: true,
} as const;

type SummaryRow = Omit<RequestLogSummary, "time" | "cacheStatus"> & { time: Date; cacheStatus: string | null };

export function toSummary({ time, cacheStatus, ...row }: SummaryRow): RequestLogSummary {
  return { ...row, time: time.toISOString(), cacheStatus: cacheStatus === "hit" || cacheStatus === "miss" ? cacheStatus : null };
}
