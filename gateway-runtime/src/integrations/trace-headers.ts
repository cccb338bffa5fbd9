/**
 * The gateway's trace headers on integration requests whose headers are a record (non-proxy HTTP and AWS): the
 * mapping helpers set X-Amzn-Trace-Id; traceparent is added here, replacing any mapped value, because the
 * gateway's span is the integration's parent.
 */
import { traceparentHeader, type TraceContext } from "../telemetry/trace-context";

export function withTraceparent(headers: Record<string, string>, trace: TraceContext): Record<string, string> {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === "traceparent") delete headers[name];
  headers.traceparent = traceparentHeader(trace);
  return headers;
}
