/**
 * The runtime's Prometheus registry (GET /metrics on the admin port): per stage, resource, method and canary the
 * request, 4XX, 5XX, cache hit and miss counters and the Latency and IntegrationLatency histograms that
 * CloudWatch keeps for API Gateway, requests per API key, dropped log records, and Node's process metrics.
 *
 * Fed from MetricDeltas, never per request: the hot path only updates the MetricsAggregator, and each delta
 * reaches `add` once, when it first leaves the aggregator (a flush or a scrape), so a batch the sink refuses and
 * the runtime sends again is not counted twice.
 */
import { collectDefaultMetrics, Counter, Registry } from "prom-client";
import type { MetricDelta } from "../../../lib/domain/runtime-contract";
import { BucketedHistogram } from "./prometheus-histogram";

const ROUTE_LABELS = ["rest_api_id", "stage", "resource", "method", "canary"] as const;
type RouteLabel = (typeof ROUTE_LABELS)[number];
const KEY_LABELS = ["rest_api_id", "stage", "api_key_id"] as const;
type KeyLabel = (typeof KEY_LABELS)[number];

export interface PrometheusOptions {
  /** Node's process metrics (CPU, memory, event loop lag, GC), prefixed portico_runtime_. Default on. */
  processMetrics?: boolean;
}

export interface Scrape {
  contentType: string;
  text: string;
}

export class PrometheusMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<RouteLabel>;
  private readonly errors4xx: Counter<RouteLabel>;
  private readonly errors5xx: Counter<RouteLabel>;
  private readonly cacheHits: Counter<RouteLabel>;
  private readonly cacheMisses: Counter<RouteLabel>;
  private readonly latency: BucketedHistogram<RouteLabel>;
  private readonly integrationLatency: BucketedHistogram<RouteLabel>;
  private readonly keyRequests: Counter<KeyLabel>;
  private readonly droppedLogs: Counter;
  private droppedReported = 0;

  constructor(options: PrometheusOptions = {}) {
    const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
      new Counter<L>({ name, help, labelNames, registers: [this.registry] });
    this.requests = counter("portico_requests_total", "Requests a stage answered (CloudWatch Count).", ROUTE_LABELS);
    this.errors4xx = counter("portico_4xx_errors_total", "Requests answered with a 4XX status (CloudWatch 4XXError).", ROUTE_LABELS);
    this.errors5xx = counter("portico_5xx_errors_total", "Requests answered with a 5XX status (CloudWatch 5XXError).", ROUTE_LABELS);
    this.cacheHits = counter("portico_cache_hits_total", "Cached-method requests answered from the stage cache (CacheHitCount).", ROUTE_LABELS);
    this.cacheMisses = counter("portico_cache_misses_total", "Cached-method requests the integration answered (CacheMissCount).", ROUTE_LABELS);
    this.keyRequests = counter("portico_api_key_requests_total", "Requests that presented a recognised API key.", KEY_LABELS);
    this.droppedLogs = counter("portico_telemetry_dropped_logs_total", "Request log records dropped (buffer full, or refused for good).", []);
    this.latency = new BucketedHistogram("portico_latency_milliseconds", "Time from request arrival to the last byte of the answer (CloudWatch Latency).", ROUTE_LABELS);
    this.integrationLatency = new BucketedHistogram(
      "portico_integration_latency_milliseconds",
      "Time the integration took, for integrations that ran and did not time out (CloudWatch IntegrationLatency).",
      ROUTE_LABELS,
    );
    this.registry.registerMetric(this.latency);
    this.registry.registerMetric(this.integrationLatency);
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: "portico_runtime_" });
  }

  /** Counts deltas that left the aggregator for the first time (called once per delta, never again on a retry). */
  add(deltas: readonly MetricDelta[]): void {
    for (const delta of deltas) {
      const canary = delta.canary ? "true" : "false";
      const labels: Record<RouteLabel, string> = {
        rest_api_id: delta.restApiId,
        stage: delta.stageName,
        resource: delta.resourcePath,
        method: delta.httpMethod,
        canary,
      };
      const series = `${delta.restApiId}|${delta.stageName}|${delta.resourcePath}|${delta.httpMethod}|${canary}`;
      this.requests.inc(labels, delta.count);
      // Inc by 0 too, so a route's error series exist (at 0) from its first request, as rate() expects.
      this.errors4xx.inc(labels, delta.error4xx);
      this.errors5xx.inc(labels, delta.error5xx);
      if (delta.cacheHitCount !== undefined || delta.cacheMissCount !== undefined) {
        this.cacheHits.inc(labels, delta.cacheHitCount ?? 0);
        this.cacheMisses.inc(labels, delta.cacheMissCount ?? 0);
      }
      this.latency.addBuckets(series, labels, delta.latencyHistogram, delta.latencySumMs);
      if (delta.integrationLatencyHistogram) {
        this.integrationLatency.addBuckets(series, labels, delta.integrationLatencyHistogram, delta.integrationLatencySumMs);
      }
      if (delta.apiKeyId) {
        this.keyRequests.inc({ rest_api_id: delta.restApiId, stage: delta.stageName, api_key_id: delta.apiKeyId }, delta.count);
      }
    }
  }

  /** Telemetry's running total of dropped records (it only grows). */
  setDroppedLogsTotal(total: number): void {
    if (total > this.droppedReported) this.droppedLogs.inc(total - this.droppedReported);
    this.droppedReported = total;
  }

  async scrape(): Promise<Scrape> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
