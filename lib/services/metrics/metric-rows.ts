/**
 * What a MetricPoint (one minute) and a MetricHour (one hour) have in common: the series key and values that add
 * up. Compaction and the hourly rollup both merge rows with mergeMetricValues, so the two can never disagree.
 */
import { emptyHistogram, normalizeHistogram } from "../../domain/histogram";
import { addMetricValues, type AddableMetricValues } from "../../domain/metric-values";

/** One series: the dimensions a row is kept apart by (AWS's metric dimensions, plus the canary and the API key). */
export interface SeriesKey {
  restApiId: string;
  stageName: string;
  resourcePath: string;
  httpMethod: string;
  canary: boolean;
  /** "" when the requests presented no API key. */
  apiKeyId: string;
}

/** Merged values, ready to write: histograms in today's layout; no integration histogram when no row had one. */
export interface MetricValues extends AddableMetricValues {
  cacheHitCount: number;
  cacheMissCount: number;
}

/** A row's values as stored: histograms are JSON and may be in the legacy 44-bucket layout. */
export type StoredMetricValues = Omit<MetricValues, "latencyHistogram" | "integrationLatencyHistogram"> & {
  latencyHistogram: unknown;
  /** null or absent: no integration ran. */
  integrationLatencyHistogram?: unknown;
};

export function seriesKeyOf(row: SeriesKey): SeriesKey {
  const { restApiId, stageName, resourcePath, httpMethod, canary, apiKeyId } = row;
  return { restApiId, stageName, resourcePath, httpMethod, canary, apiKeyId };
}

/** A map key for a time and a series. */
export function seriesId(time: Date, key: SeriesKey): string {
  return JSON.stringify([time.getTime(), key.restApiId, key.stageName, key.resourcePath, key.httpMethod, key.canary, key.apiKeyId]);
}

/** Sums, the max and summed histograms of rows of one series. */
export function mergeMetricValues(rows: readonly StoredMetricValues[]): MetricValues {
  const out: MetricValues = {
    count: 0,
    error4xx: 0,
    error5xx: 0,
    latencySumMs: 0,
    latencyMaxMs: 0,
    integrationLatencySumMs: 0,
    integrationCount: 0,
    cacheHitCount: 0,
    cacheMissCount: 0,
    latencyHistogram: emptyHistogram(),
  };
  for (const row of rows) {
    const integration = row.integrationLatencyHistogram;
    addMetricValues(out, {
      ...row,
      latencyHistogram: normalizeHistogram(row.latencyHistogram),
      integrationLatencyHistogram: integration === null || integration === undefined ? undefined : normalizeHistogram(integration),
    });
  }
  return out;
}

/** Thrown inside a job's transaction when another runner changed the rows first; the chunk rolls back and is redone. */
export class MetricRowsRaced extends Error {
  constructor() {
    super("metric rows changed while they were merged");
  }
}

/** Another runner won the race: our rows changed under us, or it created the same hour row first. */
export function isRace(error: unknown): boolean {
  if (error instanceof MetricRowsRaced) return true;
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
