/**
 * The request timeline (the console's view of one request, in the spirit of X-Ray's segments for API Gateway):
 * one RequestStep per stage the request passed through, times relative to its arrival. Marking costs one
 * performance.now() and one small object.
 */
import type { RequestStep, RequestStepName } from "../../../lib/domain/runtime-contract";
import type { Exchange } from "../pipeline/exchange";

// The control plane accepts details up to 1,024 characters; long paths are cut, never refused.
const MAX_DETAIL = 256;

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Records `step` from `startedAt` (a performance.now() value) until now; returns now, the next step's start. */
export function markStep(ex: Exchange, step: RequestStepName, startedAt: number, outcome: RequestStep["outcome"], detail?: string): number {
  const now = performance.now();
  const entry: RequestStep = { step, startMs: round(startedAt - ex.startedAt), durationMs: round(now - startedAt), outcome };
  if (detail !== undefined && detail !== "") entry.detail = detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 3)}...` : detail;
  ex.timeline.push(entry);
  return now;
}

/** "HTTP 200 from http://host/path", "MOCK 200", "AWS_PROXY timed out calling arn:..."; never a query string. */
export function integrationDetail(ex: Exchange, type: string): string {
  const endpoint = ex.integrationEndpoint;
  if (ex.integrationStatus !== null) return endpoint ? `${type} ${ex.integrationStatus} from ${endpoint}` : `${type} ${ex.integrationStatus}`;
  const what = ex.integrationLatencyMs === -1 ? "timed out" : "failed";
  return endpoint ? `${type} ${what} calling ${endpoint}` : `${type} ${what}`;
}

/** Endpoint URL without its query string, for the timeline and logs that must not carry query values. */
export function withoutQuery(url: string): string {
  const question = url.indexOf("?");
  return question < 0 ? url : url.slice(0, question);
}
