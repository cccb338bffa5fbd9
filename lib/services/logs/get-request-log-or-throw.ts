import { explainRequest } from "../../domain/observability/explain";
import type { RequestStep, RouteFacts } from "../../domain/runtime-contract";
import { db } from "../../db";
import { notFound } from "../../errors";
import { logIdSchema } from "../../schemas/log-filters.schema";
import { toSummary, type RequestLogDetail } from "./request-log-views";

// Written by ingest-telemetry after validating them against the runtime contract.
const asTimeline = (value: unknown): RequestStep[] => (Array.isArray(value) ? (value as RequestStep[]) : []);
const asRoute = (value: unknown): RouteFacts | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as RouteFacts) : null;

/** One request of a stage with its timeline, route facts, log lines and, for a failure, why it failed. */
export async function getRequestLogOrThrow(restApiId: string, stageName: string, logId: unknown): Promise<RequestLogDetail> {
  const parsed = logIdSchema.safeParse(logId);
  const row = parsed.success ? await db().requestLog.findFirst({ where: { id: parsed.data, restApiId, stageName } }) : null;
  if (!row) throw notFound(`No request log ${String(logId)} in stage ${stageName}.`);
  const { userAgent, protocol, responseLength, timeline, route, executionLog, accessLog } = row;
  const summary = toSummary(row);
  const detail = {
    ...summary,
    userAgent,
    protocol,
    responseLength,
    timeline: asTimeline(timeline),
    route: asRoute(route),
    executionLog: executionLog ? executionLog.split("\n") : [],
    accessLog,
  };
  const resourcePath = detail.route?.resourcePath ?? detail.resourcePath;
  const resource = resourcePath
    ? await db().resource.findUnique({ where: { restApiId_path: { restApiId, path: resourcePath } }, select: { id: true } })
    : null;
  return { ...detail, explanation: explainRequest(detail, { apiId: restApiId, stageName, resourceId: resource?.id ?? null }) };
}
