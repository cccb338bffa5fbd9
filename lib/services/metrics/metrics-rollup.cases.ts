/** rollUpMetrics on a real database; run by metrics.sqlite.test.ts and metrics.postgres.test.ts. */
import { expect, it } from "vitest";
import { db } from "../../db";
import { getMetrics } from "./get-metrics";
import { apiWithStages, DAY, delta, HOUR, ingest, MINUTE, seeded } from "./metrics.fixtures";
import { rollUpMetrics } from "./roll-up-metrics";

// After the query cases' times (metrics-query.cases.ts), so their rows are never in these ranges.
const BASE = Date.UTC(2032, 5, 1, 12);

/** Several runtimes flushing every few seconds: many rows per series and minute, for `minutes` minutes from t0. */
async function busyTraffic(apiId: string, t0: number, minutes: number, seed: number): Promise<number> {
  const random = seeded(seed);
  let requests = 0;
  for (const runtimeId of ["rt-1", "rt-2"]) {
    const deltas = [];
    for (let m = 0; m < minutes; m++) {
      for (let flush = 0; flush < 3; flush++) {
        const latencies = Array.from({ length: 1 + Math.floor(random() * 5) }, () => 1 + Math.round(random() * 900));
        requests += latencies.length;
        const at = t0 + m * MINUTE + flush * 10_000;
        deltas.push(delta(apiId, at, { latencies, error5xx: flush === 2 ? 1 : 0, integrationLatencies: latencies.map((l) => l / 2) }));
        deltas.push(delta(apiId, at, { latencies: [50], apiKeyId: "key-1", canary: flush % 2 === 0, cacheHitCount: 1 }));
        requests++;
      }
    }
    // One batch per runtime keeps the test quick; the rows are the same as from many flushes.
    for (let i = 0; i < deltas.length; i += 1_000) await ingest(deltas.slice(i, i + 1_000), runtimeId);
  }
  return requests;
}

export function metricsRollupCases(): void {
  it("compacts settled minutes and rolls up closed hours without changing any answer, and a second run finds nothing", async () => {
    const apiId = await apiWithStages("rollup");
    const t0 = BASE;
    const requests = await busyTraffic(apiId, t0 - 70 * MINUTE, 80, 3);
    const now = new Date(t0 + 10 * MINUTE);
    const minutes = { restApiId: apiId, from: new Date(t0 - 70 * MINUTE), to: now };
    const hours = { restApiId: apiId, from: new Date(t0 - 3 * DAY), to: now };
    const before = [await getMetrics(minutes, now), await getMetrics(hours, now)];
    expect(before[0].totals.count).toBe(requests);
    const rowsBefore = await db().metricPoint.count({ where: { restApiId: apiId } });

    const first = await rollUpMetrics(now);
    expect(first.compacted).toBeGreaterThan(0);
    expect(first.rolledUp).toBeGreaterThan(0);
    expect([await getMetrics(minutes, now), await getMetrics(hours, now)]).toEqual(before);
    // Settled minutes hold one row per series; the last minutes (not settled yet) are as the runtimes wrote them.
    const settled = await db().metricPoint.groupBy({
      by: ["minute", "stageName", "resourcePath", "httpMethod", "canary", "apiKeyId"],
      where: { restApiId: apiId, minute: { lt: new Date(now.getTime() - 3 * MINUTE) } },
      _count: { id: true },
    });
    expect(settled.every((g) => g._count.id === 1)).toBe(true);
    const unsettled = await db().metricPoint.count({ where: { restApiId: apiId, minute: { gte: new Date(now.getTime() - 3 * MINUTE) } } });
    expect(await db().metricPoint.count({ where: { restApiId: apiId } })).toBe(settled.length + unsettled);
    expect(settled.length + unsettled).toBeLessThan(rowsBefore);
    // The closed hour (t0 - 1h) is in MetricHour; the open one (t0) is not yet.
    const hourRows = await db().metricHour.findMany({ where: { restApiId: apiId } });
    expect(hourRows.filter((h) => h.hour.getTime() === t0).length).toBe(0);
    expect(hourRows.reduce((n, h) => n + h.count, 0)).toBe(
      before[0].series.filter((p) => Date.parse(p.time) < t0).reduce((n, p) => n + p.count, 0),
    );

    expect(await rollUpMetrics(now)).toEqual({ compacted: 0, rolledUp: 0, deleted: 0 });
    expect(await getMetrics(hours, now)).toEqual(before[1]);
  });

  it("adds rows that arrive late for an hour already rolled up, and counts nothing twice when two runners race", async () => {
    const apiId = await apiWithStages("late rows");
    const t0 = BASE + 20 * DAY;
    await busyTraffic(apiId, t0 - 2 * HOUR, 60, 5);
    const now = new Date(t0 + 30 * MINUTE);
    const hours = { restApiId: apiId, from: new Date(t0 - 2 * DAY), to: now };
    await rollUpMetrics(now);
    const rolled = await getMetrics(hours, now);
    const lateHour = rolled.series.findIndex((p) => Date.parse(p.time) === t0 - 2 * HOUR);
    expect(rolled.series[lateHour].count).toBeGreaterThan(0);

    // A runtime that was cut off flushes old deltas now: they show before the next run and stay after it.
    // Two rows of one series and minute, so the racing runners contend on compaction as well as on the rollup.
    await ingest([delta(apiId, t0 - 2 * HOUR + 5 * MINUTE, { latencies: [7000, 8000] }), delta(apiId, t0 - 2 * HOUR + 5 * MINUTE, { latencies: [9] })]);
    const late = await getMetrics(hours, now);
    expect(late.series[lateHour].count).toBe(rolled.series[lateHour].count + 3);
    expect(late.series[lateHour].latency?.max).toBe(8000);

    // Two runners at once (two control planes): claims and optimistic hour writes make the loser redo its chunk.
    const small = { chunkSize: 3, maxChunks: 1_000 };
    await Promise.all([rollUpMetrics(now, small), rollUpMetrics(now, small)]);
    expect(await getMetrics(hours, now)).toEqual(late);
    expect(await db().metricPoint.count({ where: { restApiId: apiId, rolledUp: false, minute: { lt: new Date(t0) } } })).toBe(0);
    const hourRow = await db().metricHour.findMany({ where: { restApiId: apiId, hour: new Date(t0 - 2 * HOUR), apiKeyId: "", canary: false } });
    expect(hourRow).toHaveLength(1);
    expect(await rollUpMetrics(now)).toEqual({ compacted: 0, rolledUp: 0, deleted: 0 });
  });

  it("finishes a backlog over several runs when each run is held to a few chunks", async () => {
    const apiId = await apiWithStages("backlog");
    const t0 = BASE + 40 * DAY;
    await busyTraffic(apiId, t0 - 3 * HOUR, 30, 9);
    const now = new Date(t0);
    const hours = { restApiId: apiId, from: new Date(t0 - 2 * DAY), to: now };
    const before = await getMetrics(hours, now);
    let runs = 0;
    for (;;) {
      const run = await rollUpMetrics(now, { chunkSize: 4, maxChunks: 2 });
      expect(await getMetrics(hours, now)).toEqual(before);
      if (run.compacted + run.rolledUp + run.deleted === 0) break;
      runs++;
    }
    expect(runs).toBeGreaterThan(2);
    expect(await db().metricPoint.count({ where: { restApiId: apiId, rolledUp: false } })).toBe(0);
  });

  it("deletes minute rows after 15 days (once rolled up) and hour rows after 455 days, and nothing newer", async () => {
    const apiId = await apiWithStages("retention");
    const now = BASE + 600 * DAY;
    await ingest([
      delta(apiId, now - 16 * DAY, { latencies: [1] }),
      delta(apiId, now - 14 * DAY, { latencies: [2] }),
      delta(apiId, now - 456 * DAY, { latencies: [3] }),
      delta(apiId, now - 454 * DAY, { latencies: [4] }),
    ]);
    const run = await rollUpMetrics(new Date(now));
    expect(run.deleted).toBeGreaterThanOrEqual(3);
    const points = await db().metricPoint.findMany({ where: { restApiId: apiId }, orderBy: { minute: "asc" } });
    expect(points.map((p) => p.latencyMaxMs)).toEqual([2]);
    const hourRows = await db().metricHour.findMany({ where: { restApiId: apiId }, orderBy: { hour: "asc" } });
    // The 16-day-old minute went into its hour before it was deleted; the 456-day-old hour is gone.
    expect(hourRows.map((h) => h.latencyMaxMs)).toEqual([4, 1, 2]);
    // Two hours, but past minute retention: drawn from the hours.
    const old = await getMetrics({ restApiId: apiId, from: new Date(now - 16 * DAY - HOUR), to: new Date(now - 16 * DAY + HOUR) }, new Date(now));
    expect(old.resolutionSeconds).toBe(3600);
    expect(old.totals.count).toBe(1);
  });
}
