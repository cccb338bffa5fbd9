import { describe, expect, it } from "vitest";
import type { RequestLogRecord, TelemetryBatch } from "../../../lib/domain/runtime-contract";
import type { LogSink, SendResult } from "../ports/log-sink";
import { MemoryLogger } from "../ports/logger";
import { Telemetry } from "./telemetry";
import { requestLogRecord } from "../test-support/records";

function record(n: number): RequestLogRecord {
  return requestLogRecord({ requestId: `id-${n}`, latencyMs: 3, integrationLatencyMs: 2 });
}

class ScriptedSink implements LogSink {
  readonly accepted: TelemetryBatch[] = [];
  constructor(private readonly script: SendResult[]) {}
  async send(batch: TelemetryBatch): Promise<SendResult> {
    const result = this.script.shift() ?? { ok: true };
    if (result.ok) this.accepted.push(structuredClone(batch));
    return result;
  }
}

const MINUTE = Date.parse("2025-01-01T00:00:00.000Z");

describe("telemetry buffer", () => {
  it("retries a failed batch in order and merges its metrics back", async () => {
    const sink = new ScriptedSink([{ ok: false, retryable: true, reason: "down" }]);
    const telemetry = new Telemetry({ sink, runtimeId: "r", logger: new MemoryLogger(), flushIntervalMs: 1, batchSize: 100 });
    telemetry.record(record(1), MINUTE);
    telemetry.record(record(2), MINUTE);
    await telemetry.flush();
    telemetry.record(record(3), MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await telemetry.flush();
    expect(sink.accepted).toHaveLength(1);
    expect(sink.accepted[0].logs.map((log) => log.requestId)).toEqual(["id-1", "id-2", "id-3"]);
    expect(sink.accepted[0].metrics).toHaveLength(1);
    expect(sink.accepted[0].metrics[0]).toMatchObject({ count: 3, integrationCount: 3, latencySumMs: 9, minute: "2025-01-01T00:00:00.000Z" });
  });

  it("drops a batch the sink refuses for good and reports it as dropped", async () => {
    const logger = new MemoryLogger();
    const sink = new ScriptedSink([{ ok: false, retryable: false, reason: "400" }]);
    const telemetry = new Telemetry({ sink, runtimeId: "r", logger });
    telemetry.record(record(1), null);
    telemetry.record(record(2), null);
    await telemetry.flush();
    telemetry.record(record(3), null);
    await telemetry.flush();
    expect(sink.accepted).toHaveLength(1);
    expect(sink.accepted[0]).toMatchObject({ droppedLogs: 2, metrics: [] });
    expect(sink.accepted[0].logs.map((log) => log.requestId)).toEqual(["id-3"]);
    expect(logger.lines.some((line) => line.level === "error")).toBe(true);
  });

  it("hands each request's metrics to onMetrics once, across a scrape and a refused batch, and sends them all", async () => {
    const sink = new ScriptedSink([{ ok: false, retryable: true, reason: "down" }]);
    let seen = 0;
    const telemetry = new Telemetry({
      sink,
      runtimeId: "r",
      logger: new MemoryLogger(),
      flushIntervalMs: 1,
      onMetrics: (deltas) => deltas.forEach((delta) => (seen += delta.count)),
    });
    telemetry.record(record(1), MINUTE);
    telemetry.drainMetrics();
    expect(seen).toBe(1);
    telemetry.record(record(2), MINUTE);
    await telemetry.flush();
    expect(seen).toBe(2);
    telemetry.record(record(3), MINUTE);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await telemetry.flush();
    expect(seen).toBe(3);
    expect(sink.accepted.flatMap((batch) => batch.metrics).reduce((sum, delta) => sum + delta.count, 0)).toBe(3);
  });

  it("counts records dropped for good in droppedTotal, never resetting it", async () => {
    const sink = new ScriptedSink([{ ok: false, retryable: false, reason: "400" }]);
    const telemetry = new Telemetry({ sink, runtimeId: "r", logger: new MemoryLogger(), maxBufferedLogs: 2 });
    for (let n = 1; n <= 3; n++) telemetry.record(record(n), null);
    expect(telemetry.droppedTotal).toBe(1);
    await telemetry.flush();
    expect(telemetry.droppedTotal).toBe(3);
    await telemetry.flush();
    expect(sink.accepted[0]).toMatchObject({ droppedLogs: 3 });
    expect(telemetry.droppedTotal).toBe(3);
  });
});
