/**
 * The request log as the console reads it (GET .../stages/{stage}/logs and .../logs/{id}): one summary per table
 * row, the detail for one opened request. Shared by the control plane's services and the console's queries.
 */
import type { RequestStep, RouteFacts } from "../runtime-contract";
import type { Explanation } from "./explain";

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
  /** The gateway's span id, where the log kept it. */
  spanId?: string | null;
}

export interface RequestLogPage {
  items: RequestLogSummary[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextCursor: number | null;
}
