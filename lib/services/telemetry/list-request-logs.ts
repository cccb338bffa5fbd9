import type { RequestLogRecord } from "../../domain/runtime-contract";
import { db } from "../../db";
import { findStageRowOrThrow } from "../lookups";

export type RequestLogView = RequestLogRecord & { id: number };

type Row = Omit<RequestLogView, "time" | "cacheStatus" | "timeline" | "route" | "executionLog" | "accessLog" | "traceId"> & {
  traceId: string | null;
  time: Date;
  cacheStatus: string | null;
  timeline: unknown;
  route: unknown;
  executionLog: string | null;
  accessLog: string | null;
  statusClass: number;
};

// Placeholder until the log search service replaces this reader: the list view leaves the detail fields out.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function toView({ cacheStatus, timeline, route, executionLog, accessLog, statusClass, traceId, errorMessage, ...row }: Row): RequestLogView {
  return { ...row, time: row.time.toISOString(), ...(cacheStatus === "hit" || cacheStatus === "miss" ? { cacheStatus } : {}) };
}

/**
 * A stage's request logs. Without afterId: the newest `limit`, newest first (the table's first page).
 * With afterId: what came after that record, oldest first (what a live tail appends).
 */
export async function listRequestLogs(
  restApiId: string,
  stageName: string,
  opts?: { afterId?: number; limit?: number },
): Promise<RequestLogView[]> {
  await findStageRowOrThrow(restApiId, stageName);
  const take = Math.min(Math.max(opts?.limit ?? 100, 1), 1000);
  const rows = await db().requestLog.findMany({
    where: { restApiId, stageName, ...(opts?.afterId !== undefined ? { id: { gt: opts.afterId } } : {}) },
    orderBy: { id: opts?.afterId !== undefined ? "asc" : "desc" },
    take,
  });
  return rows.map(toView);
}
