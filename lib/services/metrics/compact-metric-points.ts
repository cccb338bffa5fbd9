/**
 * Compaction: every runtime flushes each second, so a busy minute holds up to 60 rows per series per runtime.
 * Once a minute is settled, its rows of one series become one row with the same sums, max and histogram.
 */
import { db, type Prisma } from "../../db";
import { isRace, mergeMetricValues, MetricRowsRaced, seriesId, seriesKeyOf } from "./metric-rows";

// SQLite takes at most 999 bound values per statement: a group costs 7, an id 1, an inserted row 18.
const GROUPS_PER_QUERY = 100;
const IDS_PER_QUERY = 900;
const ROWS_PER_INSERT = 50;

export interface ChunkLimits {
  /** Rows (rollup, retention) or series-minutes (compaction, at most 100) handled per transaction. */
  chunkSize: number;
  /** Chunks per phase and run, so one run over a large backlog ends and the next run goes on. */
  maxChunks: number;
}

/**
 * Merges the not-yet-rolled rows of minutes in [notBefore, settledBefore). Rolled-up rows are left alone: their
 * hour already holds them, and merging them with a late row would hide that row from the rollup. Returns how
 * many rows were folded away.
 */
export async function compactMetricPoints(window: { notBefore: Date; settledBefore: Date }, limits: ChunkLimits): Promise<number> {
  const inWindow = { rolledUp: false, minute: { gte: window.notBefore, lt: window.settledBefore } };
  let folded = 0;
  for (let chunk = 0; chunk < limits.maxChunks; chunk++) {
    const groups = await db().metricPoint.groupBy({
      by: ["minute", "restApiId", "stageName", "resourcePath", "httpMethod", "canary", "apiKeyId"],
      where: inWindow,
      having: { id: { _count: { gt: 1 } } },
      orderBy: [{ minute: "asc" }, { restApiId: "asc" }, { stageName: "asc" }, { resourcePath: "asc" }, { httpMethod: "asc" }],
      // A busy series-minute holds up to 60 rows per runtime, so groups are taken fewer at a time than rows.
      take: Math.min(limits.chunkSize, GROUPS_PER_QUERY),
    });
    if (groups.length === 0) break;
    const rows = await db().metricPoint.findMany({ where: { rolledUp: false, OR: groups.map((g) => ({ minute: g.minute, ...seriesKeyOf(g) })) } });
    const bySeries = new Map<string, typeof rows>();
    for (const row of rows) {
      const id = seriesId(row.minute, row);
      const series = bySeries.get(id);
      if (series) series.push(row);
      else bySeries.set(id, [row]);
    }
    const ids: number[] = [];
    const merged: Prisma.MetricPointCreateManyInput[] = [];
    for (const series of bySeries.values()) {
      if (series.length < 2) continue;
      ids.push(...series.map((r) => r.id));
      const { integrationLatencyHistogram, ...values } = mergeMetricValues(series);
      merged.push({ minute: series[0].minute, ...seriesKeyOf(series[0]), ...values, ...(integrationLatencyHistogram ? { integrationLatencyHistogram } : {}) });
    }
    try {
      await db().$transaction(
        async (tx) => {
          let removed = 0;
          // Only rows still unrolled and still there: a concurrent runner's merge or rollup makes this short.
          for (const slice of slices(ids, IDS_PER_QUERY)) {
            removed += (await tx.metricPoint.deleteMany({ where: { id: { in: slice }, rolledUp: false } })).count;
          }
          if (removed !== ids.length) throw new MetricRowsRaced();
          for (const slice of slices(merged, ROWS_PER_INSERT)) await tx.metricPoint.createMany({ data: slice });
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
      folded += ids.length - merged.length;
    } catch (error) {
      // Another runner merged or rolled these rows first; the next pass reads them as they are now.
      if (!isRace(error)) throw error;
    }
  }
  return folded;
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
