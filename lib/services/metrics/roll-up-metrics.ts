/**
 * The metrics job, safe to run every minute (and from several control planes at once): compaction of settled
 * minutes, the hourly rollup of closed hours, then retention. Every step is idempotent and chunked; a row is
 * never counted twice in an hour nor deleted before its hour holds it.
 */
import { compactMetricPoints, type ChunkLimits } from "./compact-metric-points";
import { MINUTE_ROWS_KEPT_MS, pruneMetrics } from "./prune-metrics";
import { rollUpMetricHours } from "./roll-up-metric-hours";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** A minute is settled once it closed more than this long ago: runtimes flush every second, retries come soon after. */
const SETTLE_MS = 2 * MINUTE_MS;

const DEFAULT_LIMITS: ChunkLimits = { chunkSize: 500, maxChunks: 200 };

export async function rollUpMetrics(
  now: Date,
  limits: ChunkLimits = DEFAULT_LIMITS,
): Promise<{ compacted: number; rolledUp: number; deleted: number }> {
  // Minute m closes at m + 1 min, so it has been closed for more than SETTLE_MS when m < now - 1 min - SETTLE_MS.
  const settledBefore = new Date(now.getTime() - MINUTE_MS - SETTLE_MS);
  // Rows past minute retention go to their hour as they are: merging them first would be wasted work.
  const notBefore = new Date(now.getTime() - MINUTE_ROWS_KEPT_MS);
  const compacted = await compactMetricPoints({ notBefore, settledBefore }, limits);
  // An hour is rolled up once all its minutes are settled (and so compacted): one row per series-minute goes in.
  const closedHoursBefore = new Date(Math.floor(settledBefore.getTime() / HOUR_MS) * HOUR_MS);
  const rolledUp = await rollUpMetricHours(closedHoursBefore, limits);
  const deleted = await pruneMetrics(now, limits);
  return { compacted, rolledUp, deleted };
}
