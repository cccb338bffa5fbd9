/**
 * A prom-client Histogram fed with whole schema-3 histograms (lib/domain/histogram) instead of one observation
 * at a time: the runtime already counts each request into a MetricDelta, and prom-client has no bulk observe, so
 * calling observe() once per request again would both cost per request and lose the exact sums. Exposed with
 * the power-of-two bounds 1, 2, 4 ... 16384 ms, which are exact schema-3 bucket bounds (k = 0, 8, 16 ... 112), so
 * every `le` bucket is an exact count, not an estimate.
 */
import { Histogram } from "prom-client";
import { LATENCY_BUCKETS_MS } from "../../../lib/domain/histogram";

export const POWER_OF_TWO_BOUNDS_MS: readonly number[] = Array.from({ length: 15 }, (_, j) => 2 ** j);

/** Index in LATENCY_BUCKETS_MS of each power-of-two bound; throws at load if the layout ever stops holding them. */
const SCHEMA3_INDEX: readonly number[] = POWER_OF_TWO_BOUNDS_MS.map((bound) => {
  const index = LATENCY_BUCKETS_MS.indexOf(bound);
  if (index < 0) throw new Error(`${bound} ms is not a bound of the latency histogram`);
  return index;
});

type MetricData<L extends string> = Awaited<ReturnType<Histogram<L>["get"]>>;
type Labels<L extends string> = MetricData<L>["values"][number]["labels"];

interface Series<L extends string> {
  labels: Record<L, string>;
  /** Requests at or below each power-of-two bound (cumulative, as Prometheus exposes them). */
  atOrBelow: number[];
  count: number;
  sum: number;
}

/** `le` is the label prom-client's own histograms add; its typings only list the metric's label names. */
function withLe<L extends string>(labels: Record<L, string>, le: number | string): Labels<L> {
  return { ...labels, le } as Labels<L>;
}

export class BucketedHistogram<L extends string> extends Histogram<L> {
  private series = new Map<string, Series<L>>();

  constructor(
    private readonly metricName: string,
    private readonly helpText: string,
    labelNames: readonly L[],
  ) {
    // registers: [] keeps it out of prom-client's global registry; the runtime registers it in its own.
    super({ name: metricName, help: helpText, labelNames, buckets: [...POWER_OF_TWO_BOUNDS_MS], registers: [] });
  }

  /** Adds a schema-3 histogram (LATENCY_BUCKETS_MS layout plus overflow) and its exact sum to one series. */
  addBuckets(seriesKey: string, labels: Record<L, string>, histogram: readonly number[], sum: number): void {
    let series = this.series.get(seriesKey);
    if (!series) {
      series = { labels, atOrBelow: new Array<number>(POWER_OF_TWO_BOUNDS_MS.length).fill(0), count: 0, sum: 0 };
      this.series.set(seriesKey, series);
    }
    let running = 0;
    let next = 0;
    for (let i = 0; i < histogram.length; i++) {
      running += histogram[i];
      if (i === SCHEMA3_INDEX[next]) series.atOrBelow[next++] += running;
    }
    series.count += running;
    series.sum += sum;
  }

  // prom-client's registry prints from getForPromString when a metric has one, and uses get() for JSON.
  async getForPromString(): Promise<MetricData<L>> {
    const values: MetricData<L>["values"] = [];
    const bucket = `${this.metricName}_bucket`;
    for (const s of this.series.values()) {
      POWER_OF_TWO_BOUNDS_MS.forEach((le, j) => values.push({ value: s.atOrBelow[j], labels: withLe(s.labels, le), metricName: bucket }));
      values.push({ value: s.count, labels: withLe(s.labels, "+Inf"), metricName: bucket });
      values.push({ value: s.sum, labels: s.labels, metricName: `${this.metricName}_sum` });
      values.push({ value: s.count, labels: s.labels, metricName: `${this.metricName}_count` });
    }
    return {
      name: this.metricName,
      help: this.helpText,
      // The typings declare MetricType as a numeric enum prom-client does not export; at run time it is this string.
      type: "histogram" as unknown as MetricData<L>["type"],
      aggregator: "sum",
      collect: () => undefined,
      values,
    };
  }

  override get(): Promise<MetricData<L>> {
    return this.getForPromString();
  }

  override reset(): void {
    this.series = new Map();
  }
}
