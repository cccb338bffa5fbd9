/**
 * Optional OpenTelemetry trace export (OTLP/HTTP JSON to <endpoint>/v1/traces), X-Ray's role for API Gateway:
 * on when OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set. Spans are built from each
 * request's RequestLogRecord after the answer went out and leave in batches (BatchSpanProcessor), so a slow or
 * absent collector costs a bounded queue (spans beyond it are dropped), never a request's time.
 */
import { ExportResultCode, type ExportResult } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { defaultResource, resourceFromAttributes, type Resource } from "@opentelemetry/resources";
import { BatchSpanProcessor, type BufferConfig, type ReadableSpan, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";
import type { Logger } from "../ports/logger";
import type { RecordListener } from "./telemetry";
import { spansFromRecord } from "./otlp-spans";

export const DEFAULT_SERVICE_NAME = "portico-gateway";

export interface OtlpTraceSettings {
  /** The full traces URL; absent: the exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself. */
  url?: string;
  serviceName: string;
  /** BatchSpanProcessor tuning; absent fields fall back to the OTEL_BSP_* variables, then the SDK's defaults. */
  batch?: BufferConfig;
  /** How long shutdown waits for the last spans to leave (default 5 s, like the telemetry flush at stop). */
  shutdownDeadlineMs?: number;
}

/** Trace export settings from the standard OpenTelemetry variables; null when no endpoint is set (export off). */
export function otlpSettingsFromEnv(env: Record<string, string | undefined>): OtlpTraceSettings | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return null;
  return { serviceName: env.OTEL_SERVICE_NAME || DEFAULT_SERVICE_NAME };
}

/** Logs the first failed export and the recovery, not every batch, so a down collector does not flood the log. */
class LoggingExporter implements SpanExporter {
  private failing = false;
  constructor(
    private readonly inner: SpanExporter,
    private readonly logger: Logger,
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      if (result.code === ExportResultCode.FAILED && !this.failing) {
        this.failing = true;
        this.logger.warn("OTLP trace export failing; spans are dropped until the collector answers", { reason: result.error?.message ?? "unknown" });
      } else if (result.code === ExportResultCode.SUCCESS && this.failing) {
        this.failing = false;
        this.logger.info("OTLP trace export recovered");
      }
      done(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}

export interface TraceExport extends RecordListener {
  /** Sends what is queued and stops; never rejects. */
  shutdown(): Promise<void>;
}

export class OtlpTraceExport implements TraceExport {
  private readonly processor: BatchSpanProcessor;
  private readonly resource: Resource;
  private readonly shutdownDeadlineMs: number;

  constructor(settings: OtlpTraceSettings, logger: Logger) {
    this.shutdownDeadlineMs = settings.shutdownDeadlineMs ?? 5_000;
    this.resource = defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName }));
    const exporter = new OTLPTraceExporter(settings.url ? { url: settings.url } : {});
    this.processor = new BatchSpanProcessor(new LoggingExporter(exporter, logger), settings.batch);
  }

  /** Called by Telemetry.record after the answer; only queues (the processor exports on its own timer). */
  record(record: RequestLogRecord): void {
    for (const span of spansFromRecord(record, this.resource)) this.processor.onEnd(span);
  }

  /** Exports what is queued now. A failed export resolves too: LoggingExporter has already reported it. */
  forceFlush(): Promise<void> {
    return this.processor.forceFlush().catch(() => undefined);
  }

  /** Sends what is queued; a collector that is down (the exporter retries for up to 10 s) does not hold up a stop. */
  async shutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.shutdownDeadlineMs);
      timer.unref();
    });
    try {
      await Promise.race([this.processor.shutdown().catch(() => undefined), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}
