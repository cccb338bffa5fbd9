/**
 * A time range as a range of log ids, read from the (restApiId, stageName, time) index with one row per end.
 * Ids grow in the order rows are stored, and a row is stored at most LATE_MS after its request arrived (runtimes
 * flush every second and retry for a few seconds), so every row older than `from - LATE_MS` has a smaller id than
 * every row at or after `from`. The bounds never cut off a row in the range; the few rows inside the bounds but
 * outside the range are dropped by the time condition of logWhere.
 */
import { db } from "../../db";

/** Longer than any flush delay a runtime retries through; rows later than this can fall outside a time search. */
export const LATE_MS = 5 * 60_000;

export interface IdBounds {
  /** Rows have id > afterId. */
  afterId?: number;
  /** Rows have id < beforeId. */
  beforeId?: number;
}

export async function timeIdBounds(restApiId: string, stageName: string, range: { from?: Date; to?: Date }): Promise<IdBounds> {
  const [below, above] = await Promise.all([
    range.from
      ? db().requestLog.findFirst({
          where: { restApiId, stageName, time: { lt: new Date(range.from.getTime() - LATE_MS) } },
          orderBy: { time: "desc" },
          select: { id: true },
        })
      : null,
    range.to
      ? db().requestLog.findFirst({
          where: { restApiId, stageName, time: { gt: new Date(range.to.getTime() + LATE_MS) } },
          orderBy: { time: "asc" },
          select: { id: true },
        })
      : null,
  ]);
  return { ...(below ? { afterId: below.id } : {}), ...(above ? { beforeId: above.id } : {}) };
}
