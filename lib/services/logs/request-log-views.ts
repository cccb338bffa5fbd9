/** The request log as the console reads it: one summary per table row, the detail for one opened request. */
import type { RequestLogSummary } from "../../domain/observability/request-log-views";

export type { RequestLogDetail, RequestLogPage, RequestLogSummary } from "../../domain/observability/request-log-views";

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
