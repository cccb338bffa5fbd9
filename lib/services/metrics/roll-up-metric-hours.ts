/**
 * The hourly rollup: minute rows of closed hours are added into their MetricHour row and marked rolledUp, both in
 * one transaction, so a row is in its hour exactly once. Adding (rather than recomputing the hour) lets rows that
 * arrive late for an hour already rolled up count too.
 */
import type { Db } from "../../db";
import { db } from "../../db";
import type { ChunkLimits } from "./compact-metric-points";
import { isRace, mergeMetricValues, MetricRowsRaced, seriesId, seriesKeyOf, type MetricValues, type SeriesKey } from "./metric-rows";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const HOUR_MS = 3_600_000;

/** Rolls up every unrolled minute row before `before` (an hour boundary); returns how many rows were rolled up. */
export async function rollUpMetricHours(before: Date, limits: ChunkLimits): Promise<number> {
  let rolled = 0;
  for (let chunk = 0; chunk < limits.maxChunks; chunk++) {
    const rows = await db().metricPoint.findMany({
      where: { rolledUp: false, minute: { lt: before } },
      orderBy: { id: "asc" },
      take: limits.chunkSize,
    });
    if (rows.length === 0) break;
    const byHour = new Map<string, { hour: Date; key: SeriesKey; rows: typeof rows }>();
    for (const row of rows) {
      const hour = new Date(Math.floor(row.minute.getTime() / HOUR_MS) * HOUR_MS);
      const id = seriesId(hour, row);
      const group = byHour.get(id);
      if (group) group.rows.push(row);
      else byHour.set(id, { hour, key: seriesKeyOf(row), rows: [row] });
    }
    try {
      await db().$transaction(
        async (tx) => {
          const ids = rows.map((r) => r.id);
          // Claim first: rows another runner rolled (or merged away) meanwhile make the count short.
          const { count } = await tx.metricPoint.updateMany({ where: { id: { in: ids }, rolledUp: false }, data: { rolledUp: true } });
          if (count !== ids.length) throw new MetricRowsRaced();
          for (const group of byHour.values()) await addToHour(tx, group.hour, group.key, mergeMetricValues(group.rows));
        },
        { timeout: 60_000, maxWait: 30_000 },
      );
      rolled += rows.length;
    } catch (error) {
      if (!isRace(error)) throw error;
    }
  }
  return rolled;
}

async function addToHour(tx: Tx, hour: Date, key: SeriesKey, add: MetricValues): Promise<void> {
  const current = await tx.metricHour.findUnique({
    where: { hour_restApiId_stageName_resourcePath_httpMethod_canary_apiKeyId: { hour, ...key } },
  });
  if (!current) {
    const { integrationLatencyHistogram, ...values } = add;
    await tx.metricHour.create({ data: { hour, ...key, ...values, ...(integrationLatencyHistogram ? { integrationLatencyHistogram } : {}) } });
    return;
  }
  const { integrationLatencyHistogram, ...sum } = mergeMetricValues([current, add]);
  // Optimistic: the write lands only on the hour as it was read (every add raises its count), so two runners
  // adding to one hour cannot overwrite each other's histogram; the loser's chunk rolls back and is redone.
  const { count } = await tx.metricHour.updateMany({
    where: { id: current.id, count: current.count },
    data: { ...sum, ...(integrationLatencyHistogram ? { integrationLatencyHistogram } : {}) },
  });
  if (count !== 1) throw new MetricRowsRaced();
}
