/** LogSink port: where request logs and metric deltas go, in batches, off the request path. */
import type { TelemetryBatch } from "../../../lib/domain/runtime-contract";

export type SendResult = { ok: true } | { ok: false; retryable: boolean; reason: string };

export interface LogSink {
  /** Never rejects: a failure is a value saying whether the same batch may be sent again. */
  send(batch: TelemetryBatch): Promise<SendResult>;
  close?(): Promise<void>;
}

/** In-memory twin: keeps every accepted batch; `setAvailable(false)` makes it fail like a down control plane. */
export class MemoryLogSink implements LogSink {
  readonly batches: TelemetryBatch[] = [];
  attempts = 0;
  private available = true;

  setAvailable(available: boolean): void {
    this.available = available;
  }

  async send(batch: TelemetryBatch): Promise<SendResult> {
    this.attempts++;
    if (!this.available) return { ok: false, retryable: true, reason: "memory sink marked unavailable" };
    this.batches.push(batch);
    return { ok: true };
  }

  get logs() {
    return this.batches.flatMap((batch) => batch.logs);
  }

  get metrics() {
    return this.batches.flatMap((batch) => batch.metrics);
  }
}

/** Accepts and forgets: the benchmark's sink, so logging cost is paid but nothing accumulates. */
export class DiscardLogSink implements LogSink {
  received = 0;
  async send(batch: TelemetryBatch): Promise<SendResult> {
    this.received += batch.logs.length;
    return { ok: true };
  }
}
