import { db } from "../../db";
import { logSearchSchema } from "../../schemas/log-filters.schema";
import { findRestApiRowOrThrow } from "../lookups";
import { parseInput } from "../parse-input";
import { findLogIdsByRequestId } from "../logs/find-log-ids";
import { logWhere } from "../logs/log-where";
import { SUMMARY_SELECT, toSummary, type RequestLogPage } from "../logs/request-log-views";
import { timeIdBounds } from "../logs/time-id-bounds";

/**
 * A stage's request logs matching the explorer's filters, newest first, one keyset page at a time: `before` is
 * the previous page's nextCursor (an id), never an offset, so page 1,000 costs what page 1 costs.
 * The stage itself need not exist any more: requests sent to a deleted or never-deployed stage are logged too,
 * and those are the ones people come to explain.
 */
export async function listRequestLogs(restApiId: string, stageName: string, input: unknown): Promise<RequestLogPage> {
  const { before, limit, ...filters } = parseInput(logSearchSchema, input);
  await findRestApiRowOrThrow(restApiId);
  const where = logWhere(restApiId, stageName, filters);
  let upper = before;
  if (filters.requestId) {
    // A handful of rows at most: found through their own indexes, then checked against the other filters.
    const ids = await findLogIdsByRequestId(filters.requestId);
    if (ids.length === 0) return { items: [], nextCursor: null };
    where.id = { in: ids };
  } else {
    const bounds = await timeIdBounds(restApiId, stageName, filters);
    if (bounds.beforeId !== undefined) upper = Math.min(upper ?? Infinity, bounds.beforeId);
    if (bounds.afterId !== undefined) where.id = { gt: bounds.afterId };
  }
  if (upper !== undefined) where.id = { ...(typeof where.id === "object" ? where.id : {}), lt: upper };
  const rows = await db().requestLog.findMany({ where, select: SUMMARY_SELECT, orderBy: { id: "desc" }, take: limit + 1 });
  const items = rows.slice(0, limit).map(toSummary);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
