import { db } from "../../db";

/**
 * A trace id is shared by every request of one trace, and callers choose it (traceparent): the lookup stops at
 * this many matches (the newest) instead of reading all of them.
 */
export const MAX_REQUEST_ID_MATCHES = 1_000;

/**
 * Ids of the logs whose requestId, extendedRequestId or traceId is exactly `value`, in any API, newest first.
 * One query per column, each on that column's own index, which SQLite keeps in id order: newest first without
 * a sort and without walking a stage. The caller narrows to its stage.
 */
export async function findLogIdsByRequestId(value: string): Promise<number[]> {
  const columns = ["requestId", "extendedRequestId", "traceId"] as const;
  const found = await Promise.all(
    columns.map((column) =>
      db().requestLog.findMany({ where: { [column]: value }, select: { id: true }, orderBy: { id: "desc" }, take: MAX_REQUEST_ID_MATCHES }),
    ),
  );
  const ids = new Set(found.flat().map((row) => row.id));
  return [...ids].sort((a, b) => b - a).slice(0, MAX_REQUEST_ID_MATCHES);
}
