/** Types for parse-prometheus-text-format 1.x (a dev dependency with none of its own; tests parse /metrics with it). */
declare module "parse-prometheus-text-format" {
  /** One sample line (counter, gauge) or one series (histogram, summary); numbers stay strings, as prom2json writes them. */
  export interface ParsedMetric {
    value?: string;
    labels?: Record<string, string>;
    /** Histograms: cumulative count per `le` bound ("1", "2", ..., "+Inf"). */
    buckets?: Record<string, string>;
    quantiles?: Record<string, string>;
    count?: string;
    sum?: string;
  }

  export interface ParsedFamily {
    name: string;
    help: string;
    type: "COUNTER" | "GAUGE" | "HISTOGRAM" | "SUMMARY" | "UNTYPED";
    metrics: ParsedMetric[];
  }

  export default function parsePrometheusTextFormat(text: string): ParsedFamily[];
}
