/**
 * Reads metric rows for a window into per-bucket, per-method and overall sums. SQL sums the counters (groupBy);
 * histograms are merged here, a page of rows at a time, so memory grows with buckets and methods, not with rows.
 * Minute resolution reads MetricPoint; hour resolution reads MetricHour plus the minute rows not yet rolled up.
 */
import { addHistograms, emptyHistogram, normalizeHistogram } from "../../domain/histogram";
import type { Db, Prisma } from "../../db";
import { db } from "../../db";
import { emptySums, type MetricSums } from "./metrics-view";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface MetricsFilter {
  /** Absent: every API (the account's overview). */
  restApiId?: string;
  stageName?: string;
  resourcePath?: string;
  httpMethod?: string;
  canary?: boolean;
  apiKeyId?: string;
}

/** Buckets of `resolutionMs` from `startMs` (aligned) up to `endMs` (exclusive). */
export interface BucketWindow {
  startMs: number;
  endMs: number;
  resolutionMs: number;
}

export interface MethodSums {
  restApiId: string;
  resourcePath: string;
  httpMethod: string;
  sums: MetricSums;
}

export interface CollectedMetrics {
  /** Every bucket of the window, in order, zeros included. */
  buckets: Map<number, MetricSums>;
  /** Per API, resource and method. */
  methods: Map<string, MethodSums>;
  total: MetricSums;
}

const HOUR_MS = 3_600_000;
const PAGE = 2_000;
const SUMMED = {
  count: true,
  error4xx: true,
  error5xx: true,
  cacheHitCount: true,
  cacheMissCount: true,
  latencySumMs: true,
  integrationLatencySumMs: true,
  integrationCount: true,
} as const;

type SummedRow = { _sum: { [K in keyof typeof SUMMED]: number | null }; _max: { latencyMaxMs: number | null } };
type HistogramRow = { id: number; time: Date; restApiId: string; resourcePath: string; httpMethod: string; latencyHistogram: unknown; integrationLatencyHistogram: unknown };

/** One table's rows as the reader needs them (MetricPoint and MetricHour name their time column differently). */
interface Source {
  byTime(): Promise<(SummedRow & { time: Date })[]>;
  byMethod(): Promise<(SummedRow & { restApiId: string; resourcePath: string; httpMethod: string })[]>;
  histogramsAfter(id: number): Promise<HistogramRow[]>;
}

export async function collectMetrics(filter: MetricsFilter, window: BucketWindow): Promise<CollectedMetrics> {
  const out: CollectedMetrics = { buckets: new Map(), methods: new Map(), total: emptySums() };
  for (let t = window.startMs; t < window.endMs; t += window.resolutionMs) out.buckets.set(t, emptySums());
  const range = { gte: new Date(window.startMs), lt: new Date(window.endMs) };
  // One snapshot: the rollup moves rows from minutes to hours and compaction rewrites them, and a reader that saw
  // half of such a move would count rows twice or not at all.
  await db().$transaction(
    async (tx) => {
      if (window.resolutionMs >= HOUR_MS) {
        await read(hourSource(tx, { ...filter, hour: range }), out, window);
        await read(pointSource(tx, { ...filter, minute: range, rolledUp: false }), out, window);
      } else {
        // Without an API to narrow by, "rolledUp is false or true" (always so; databases read it as IN) lets the
        // (rolledUp, minute) index serve the time range instead of a scan of the whole table.
        const anyRolledUp = filter.restApiId === undefined ? { OR: [{ rolledUp: false }, { rolledUp: true }] } : {};
        await read(pointSource(tx, { ...filter, ...anyRolledUp, minute: range }), out, window);
      }
    },
    // SQLite only knows Serializable; on PostgreSQL a read-only Serializable transaction is a plain snapshot.
    { isolationLevel: "Serializable", timeout: 30_000, maxWait: 10_000 },
  );
  return out;
}

async function read(source: Source, out: CollectedMetrics, window: BucketWindow): Promise<void> {
  for (const row of await source.byTime()) {
    addSums(bucketOf(out, window, row.time), row);
    addSums(out.total, row);
  }
  for (const row of await source.byMethod()) addSums(methodOf(out, row).sums, row);
  for (let after = 0; ; ) {
    const page = await source.histogramsAfter(after);
    for (const row of page) {
      const latency = normalizeHistogram(row.latencyHistogram);
      const integration = row.integrationLatencyHistogram == null ? null : normalizeHistogram(row.integrationLatencyHistogram);
      for (const sums of [bucketOf(out, window, row.time), methodOf(out, row).sums, out.total]) {
        sums.latencyHistogram = addHistograms(sums.latencyHistogram ?? emptyHistogram(), latency);
        if (integration) sums.integrationLatencyHistogram = addHistograms(sums.integrationLatencyHistogram ?? emptyHistogram(), integration);
      }
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].id;
  }
}

function addSums(into: MetricSums, row: SummedRow): void {
  into.count += row._sum.count ?? 0;
  into.error4xx += row._sum.error4xx ?? 0;
  into.error5xx += row._sum.error5xx ?? 0;
  into.cacheHitCount += row._sum.cacheHitCount ?? 0;
  into.cacheMissCount += row._sum.cacheMissCount ?? 0;
  into.latencySumMs += row._sum.latencySumMs ?? 0;
  into.integrationLatencySumMs += row._sum.integrationLatencySumMs ?? 0;
  into.integrationCount += row._sum.integrationCount ?? 0;
  into.latencyMaxMs = Math.max(into.latencyMaxMs, row._max.latencyMaxMs ?? 0);
}

function bucketOf(out: CollectedMetrics, window: BucketWindow, time: Date): MetricSums {
  const start = Math.floor(time.getTime() / window.resolutionMs) * window.resolutionMs;
  let bucket = out.buckets.get(start);
  // Only reachable for rows outside the window, which the queries exclude; kept total so a sum is never dropped.
  if (!bucket) out.buckets.set(start, (bucket = emptySums()));
  return bucket;
}

function methodOf(out: CollectedMetrics, key: { restApiId: string; resourcePath: string; httpMethod: string }): MethodSums {
  const id = JSON.stringify([key.restApiId, key.resourcePath, key.httpMethod]);
  let method = out.methods.get(id);
  if (!method) {
    method = { restApiId: key.restApiId, resourcePath: key.resourcePath, httpMethod: key.httpMethod, sums: emptySums() };
    out.methods.set(id, method);
  }
  return method;
}

const HISTOGRAM_FIELDS = { id: true, restApiId: true, resourcePath: true, httpMethod: true, latencyHistogram: true, integrationLatencyHistogram: true } as const;

function pointSource(tx: Tx, where: Prisma.MetricPointWhereInput): Source {
  return {
    byTime: async () =>
      (await tx.metricPoint.groupBy({ by: ["minute"], where, _sum: SUMMED, _max: { latencyMaxMs: true } })).map((r) => ({ ...r, time: r.minute })),
    byMethod: async () => {
      const rows = await tx.metricPoint.groupBy({ by: ["restApiId", "resourcePath", "httpMethod"], where, _sum: SUMMED, _max: { latencyMaxMs: true } });
      return rows;
    },
    histogramsAfter: async (after) =>
      (
        await tx.metricPoint.findMany({
          where: { ...where, count: { gt: 0 }, id: { gt: after } },
          select: { ...HISTOGRAM_FIELDS, minute: true },
          orderBy: { id: "asc" },
          take: PAGE,
        })
      ).map((r) => ({ ...r, time: r.minute })),
  };
}

function hourSource(tx: Tx, where: Prisma.MetricHourWhereInput): Source {
  return {
    byTime: async () =>
      (await tx.metricHour.groupBy({ by: ["hour"], where, _sum: SUMMED, _max: { latencyMaxMs: true } })).map((r) => ({ ...r, time: r.hour })),
    byMethod: async () => {
      const rows = await tx.metricHour.groupBy({ by: ["restApiId", "resourcePath", "httpMethod"], where, _sum: SUMMED, _max: { latencyMaxMs: true } });
      return rows;
    },
    histogramsAfter: async (after) =>
      (
        await tx.metricHour.findMany({
          where: { ...where, count: { gt: 0 }, id: { gt: after } },
          select: { ...HISTOGRAM_FIELDS, hour: true },
          orderBy: { id: "asc" },
          take: PAGE,
        })
      ).map((r) => ({ ...r, time: r.hour })),
  };
}
