/**
 * Request logs and metric deltas, buffered in memory and shipped to the LogSink in batches, off the request
 * path (Kong's deferred counters). A slow or absent sink never blocks a request: the buffer is bounded,
 * overflow is counted and reported as droppedLogs, and a refused batch is put back and retried with backoff.
 * Metric deltas also reach the runtime's Prometheus registry (onMetrics, once each) and records the optional
 * span export (listener), both after the response.
 */
import type { FunctionInvocationRecord, MetricDelta, RequestLogRecord, TelemetryBatch, UsageDelta } from "../../../lib/domain/runtime-contract";
import type { LogSink } from "../ports/log-sink";
import type { Logger } from "../ports/logger";
import { MetricsAggregator } from "./metrics";

// The Functions page keeps 100 per function; a runtime holds at most this many between batches.
const MAX_BUFFERED_INVOCATIONS = 1_000;

/** Something else that wants every record after the response (the OTLP span export); must not throw. */
export interface RecordListener {
  record(record: RequestLogRecord): void;
}

export interface TelemetryOptions {
  sink: LogSink;
  runtimeId: string;
  logger: Logger;
  flushIntervalMs?: number;
  /** Records per batch; reaching it triggers a flush before the interval. */
  batchSize?: number;
  /** Records held while the sink is behind; beyond this they are counted as dropped. */
  maxBufferedLogs?: number;
  maxRetryDelayMs?: number;
  /** Sees each metric delta exactly once, when it is first taken (the Prometheus registry). */
  onMetrics?: (deltas: readonly MetricDelta[]) => void;
  /** Sees every record (the OTLP span export), after the metrics and the buffer; its errors are swallowed. */
  listener?: RecordListener | null;
}

export class Telemetry {
  private logs: RequestLogRecord[] = [];
  private dropped = 0;
  private droppedEver = 0;
  private readonly metrics: MetricsAggregator;
  private invocations: FunctionInvocationRecord[] = [];
  /** "planId|keyId|day" -> requests counted against the plan's quota since the previous batch. */
  private usage = new Map<string, UsageDelta>();
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> | null = null;
  private scheduled = false;
  private failures = 0;
  private retryAt = 0;
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxBufferedLogs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: TelemetryOptions) {
    this.flushIntervalMs = options.flushIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 1_000;
    this.maxBufferedLogs = options.maxBufferedLogs ?? 10_000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 10_000;
    this.metrics = new MetricsAggregator(undefined, options.onMetrics);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.flushIntervalMs);
    this.timer.unref();
  }

  /** A function invocation by an integration; bounded like the logs (the newest are kept). */
  recordInvocation(record: FunctionInvocationRecord): void {
    if (this.invocations.length >= MAX_BUFFERED_INVOCATIONS) this.invocations.shift();
    this.invocations.push(record);
  }

  /** One request a key made against its plan (counted once, when the quota admitted it). */
  recordUsage(usagePlanId: string, keyId: string, atMs: number): void {
    const day = new Date(atMs).toISOString().slice(0, 10);
    const key = `${usagePlanId}|${keyId}|${day}`;
    const current = this.usage.get(key);
    if (current) current.count++;
    else this.usage.set(key, { usagePlanId, keyId, day, count: 1 });
  }

  /** O(1) and never throws; the send happens later. `minuteStartMs` null means "log only, no metric". */
  record(record: RequestLogRecord, minuteStartMs: number | null): void {
    if (minuteStartMs !== null) this.metrics.add(record, minuteStartMs);
    if (this.logs.length >= this.maxBufferedLogs) this.drop(1);
    else this.logs.push(record);
    if (this.options.listener) {
      try {
        this.options.listener.record(record);
      } catch {
        // A tracing failure must not reach the request path; the record still went to the sink.
      }
    }
    if (this.logs.length >= this.batchSize && !this.scheduled && !this.sending) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.flush();
      });
    }
  }

  /** Sends one batch unless one is in flight or a retry is not due yet. */
  flush(): Promise<void> {
    if (this.sending) return this.sending;
    if (Date.now() < this.retryAt) return Promise.resolve();
    this.sending = this.sendOne().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  /** Stops the timer and sends what is buffered, giving up after `deadlineMs` if the sink stays down. */
  async stop(deadlineMs = 5_000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const deadline = Date.now() + deadlineMs;
    if (this.sending) await this.sending;
    while (this.pending && Date.now() < deadline) {
      this.retryAt = 0;
      const before = this.failures;
      await this.flush();
      if (this.failures > before) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  get buffered(): number {
    return this.logs.length;
  }

  get droppedSinceLastBatch(): number {
    return this.dropped;
  }

  /** Records dropped since start (buffer full, or a batch refused for good): portico_telemetry_dropped_logs_total. */
  get droppedTotal(): number {
    return this.droppedEver;
  }

  /** Hands metric deltas counted since the last look to `onMetrics` (a Prometheus scrape, so it sees every answered request). */
  drainMetrics(): void {
    this.metrics.drainFresh();
  }

  private drop(count: number): void {
    this.dropped += count;
    this.droppedEver += count;
  }

  private get pending(): boolean {
    return this.logs.length > 0 || this.metrics.size > 0 || this.dropped > 0 || this.invocations.length > 0 || this.usage.size > 0;
  }

  private async sendOne(): Promise<void> {
    if (!this.pending) return;
    const batch: TelemetryBatch = {
      runtimeId: this.options.runtimeId,
      logs: this.logs.splice(0, this.batchSize),
      metrics: this.metrics.take(),
      droppedLogs: this.dropped,
    };
    if (this.invocations.length > 0) {
      batch.invocations = this.invocations;
      this.invocations = [];
    }
    if (this.usage.size > 0) {
      batch.usage = [...this.usage.values()];
      this.usage = new Map();
    }
    this.dropped = 0;
    const result = await this.options.sink.send(batch);
    if (result.ok) {
      if (this.failures > 0) this.options.logger.info("telemetry sink reachable again", { failedAttempts: this.failures });
      this.failures = 0;
      this.retryAt = 0;
      if (this.logs.length >= this.batchSize) setImmediate(() => void this.flush());
      return;
    }
    if (!result.retryable) {
      this.dropped += batch.droppedLogs;
      this.drop(batch.logs.length);
      this.options.logger.error("telemetry batch refused; dropped", { reason: result.reason, logs: batch.logs.length });
      return;
    }
    if (this.failures === 0) this.options.logger.warn("telemetry sink unavailable; buffering", { reason: result.reason });
    this.failures++;
    this.retryAt = Date.now() + Math.min(this.flushIntervalMs * 2 ** (this.failures - 1), this.maxRetryDelayMs);
    this.putBack(batch);
  }

  private putBack(batch: TelemetryBatch): void {
    const merged = batch.logs.concat(this.logs);
    const excess = merged.length - this.maxBufferedLogs;
    if (excess > 0) merged.length = this.maxBufferedLogs;
    this.logs = merged;
    this.dropped += batch.droppedLogs;
    this.drop(Math.max(0, excess));
    this.metrics.restore(batch.metrics);
    if (batch.invocations) this.invocations = batch.invocations.concat(this.invocations).slice(-MAX_BUFFERED_INVOCATIONS);
    // Usage is never dropped: it is what GetUsage and the customer pages report.
    for (const delta of batch.usage ?? []) {
      const key = `${delta.usagePlanId}|${delta.keyId}|${delta.day}`;
      const current = this.usage.get(key);
      if (current) current.count += delta.count;
      else this.usage.set(key, { ...delta });
    }
  }
}
