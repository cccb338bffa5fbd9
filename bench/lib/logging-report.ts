/** Issue 5's rows as ratios of the same run: what INFO logging, detailed metrics and an access log cost. */
import type { FixedRateRow, Row, TrafficCheck } from "./report";

/** Logging at INFO with metrics and a JSON access log keeps at least 85% of the logging-OFF throughput. */
export const LOGGING_RATIO_TARGET = 0.85;

export function checkLoggingTargets(rows: Row[], fixedRows: FixedRateRow[], names: { off: string; info: string; proxy: string }): TrafficCheck[] {
  const rps = (name: string) => rows.find((row) => row.name === name)?.rps ?? null;
  const cpu = (name: string) => fixedRows.find((row) => row.name === name)?.cpu_us_per_req ?? null;
  const ratio = (top: number | null, bottom: number | null) => (top === null || bottom === null || bottom === 0 ? null : top / bottom);
  const check = (what: string, value: number | null, target: number | null): TrafficCheck => ({
    what,
    ratio: value,
    target: target === null ? "context" : `>= ${target}`,
    ok: target === null || value === null ? null : value >= target,
  });
  return [
    check(`${names.info} / ${names.off}, req/s`, ratio(rps(names.info), rps(names.off)), LOGGING_RATIO_TARGET),
    // Inverted so that, like the line above, higher is better: OFF's CPU per request over INFO's.
    check(`${names.off} / ${names.info}, CPU µs per request (fixed rate)`, ratio(cpu(names.off), cpu(names.info)), null),
    check(`${names.off} / ${names.proxy}, req/s (HTTP log sink vs in-process discard)`, ratio(rps(names.off), rps(names.proxy)), null),
  ];
}
