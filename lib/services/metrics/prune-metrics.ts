/** Metric retention: minute rows for 15 days, hour rows for 15 months (CloudWatch keeps 1-hour data 455 days). */
import { db } from "../../db";
import type { ChunkLimits } from "./compact-metric-points";

const DAY_MS = 86_400_000;
export const MINUTE_ROWS_KEPT_MS = 15 * DAY_MS;
export const HOUR_ROWS_KEPT_MS = 455 * DAY_MS;

/**
 * Deletes minute rows older than 15 days (only once rolled up, so an hour never loses a row that has not reached
 * it yet) and hour rows older than 455 days, in chunks so no single statement holds the database for long.
 */
export async function pruneMetrics(now: Date, limits: ChunkLimits): Promise<number> {
  const minuteCutoff = new Date(now.getTime() - MINUTE_ROWS_KEPT_MS);
  const hourCutoff = new Date(now.getTime() - HOUR_ROWS_KEPT_MS);
  let deleted = 0;
  for (let chunk = 0; chunk < limits.maxChunks; chunk++) {
    const old = await db().metricPoint.findMany({
      where: { rolledUp: true, minute: { lt: minuteCutoff } },
      select: { id: true },
      take: limits.chunkSize,
    });
    if (old.length === 0) break;
    deleted += (await db().metricPoint.deleteMany({ where: { id: { in: old.map((r) => r.id) } } })).count;
  }
  for (let chunk = 0; chunk < limits.maxChunks; chunk++) {
    const old = await db().metricHour.findMany({ where: { hour: { lt: hourCutoff } }, select: { id: true }, take: limits.chunkSize });
    if (old.length === 0) break;
    deleted += (await db().metricHour.deleteMany({ where: { id: { in: old.map((r) => r.id) } } })).count;
  }
  return deleted;
}
