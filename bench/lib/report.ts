/** Summarises rounds into rows, prints the tables and writes bench/results/latest.json. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface RoundResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number | null;
}

export interface Row {
  name: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  rss_mb: number | null;
  vs_direct: number | null;
  vs_reference: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(
  names: readonly string[],
  rounds: Map<string, RoundResult[]>,
  directName: string,
  referenceName: string,
): { rows: Row[]; errors: Record<string, number>; perRoundRps: Record<string, number[]> } {
  const meanRps = (name: string) => {
    const results = rounds.get(name) ?? [];
    return results.reduce((sum, r) => sum + r.rps, 0) / Math.max(1, results.length);
  };
  const direct = meanRps(directName);
  const reference = meanRps(referenceName);
  const rows: Row[] = [];
  const errors: Record<string, number> = {};
  const perRoundRps: Record<string, number[]> = {};
  for (const name of names) {
    const results = rounds.get(name) ?? [];
    const rps = meanRps(name);
    const peaks = results.map((r) => r.rssMb).filter((v): v is number => v !== null);
    rows.push({
      name,
      rps: Math.round(rps),
      p50_ms: round(median(results.map((r) => r.p50)), 2),
      p99_ms: round(median(results.map((r) => r.p99)), 2),
      rss_mb: peaks.length ? round(Math.max(...peaks), 1) : null,
      vs_direct: direct ? round(rps / direct, 3) : null,
      vs_reference: reference ? round(rps / reference, 3) : null,
    });
    errors[name] = results.reduce((sum, r) => sum + r.errors, 0);
    perRoundRps[name] = results.map((r) => Math.round(r.rps));
  }
  return { rows, errors, perRoundRps };
}

export function printTable(rows: Row[], errors: Record<string, number>, perRoundRps: Record<string, number[]>): void {
  const header = ["target", "req/s", "p50 ms", "p99 ms", "peak RSS MB", "errors", "vs direct", "vs reference", "req/s per round"];
  const lines = rows.map((row) => [
    row.name,
    String(row.rps),
    row.p50_ms.toFixed(2),
    row.p99_ms.toFixed(2),
    row.rss_mb?.toFixed(1) ?? "n/a",
    String(errors[row.name] ?? 0),
    row.vs_direct?.toFixed(2) ?? "n/a",
    row.vs_reference?.toFixed(2) ?? "n/a",
    perRoundRps[row.name].join(" / "),
  ]);
  printCells(header, lines);
}

export function writeResults(rows: Row[], fixedRateRows: FixedRateRow[], meta: Record<string, unknown>): string {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  writeFileSync(file, `${JSON.stringify({ rows, fixed_rate_rows: fixedRateRows, meta }, null, 2)}\n`);
  return file;
}

// ---- fixed-rate phase -------------------------------------------------------------------------------------------

export interface FixedRateRound {
  latencyUs: number[];
  serviceUs: number[];
  lagUs: number[];
  scheduled: number;
  completed: number;
  errors: number;
  elapsedS: number;
  /** CPU seconds the target process used during the run (warm-up included) / requests sent. */
  cpuUsPerRequest: number | null;
}

export interface FixedRateRow {
  name: string;
  target_rps: number;
  achieved_rps: number;
  /** target_rps / this target's closed-loop req/s in the same run: how close to saturation the fixed rate is. */
  load: number | null;
  p50_ms: number;
  p99_ms: number;
  p999_ms: number;
  max_ms: number;
  errors: number;
  p99_per_round_ms: number[];
  /** Same requests, timed from the actual write instead of the scheduled instant. */
  service_p99_ms: number;
  /** Scheduled instant to write, p99: the generator's timer lateness plus any wait for a free connection. */
  lag_p99_ms: number;
  /** CPU time of the target's process per request (median over rounds); the proxies' rows exclude the backend. */
  cpu_us_per_req: number | null;
}

/** Nearest-rank percentile of an ascending array. */
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
const ascending = (values: number[]) => Float64Array.from(values).sort();
const ms = (us: number) => round(us / 1000, 2);

export function summariseFixedRate(
  names: readonly string[],
  rounds: Map<string, FixedRateRound[]>,
  rate: number,
  saturation: Row[],
): FixedRateRow[] {
  return names.map((name) => {
    const results = rounds.get(name) ?? [];
    const all = (pick: (r: FixedRateRound) => number[]) => Array.from(ascending(results.flatMap(pick)));
    const latency = all((r) => r.latencyUs);
    const closed = saturation.find((row) => row.name === name)?.rps;
    const completed = results.reduce((sum, r) => sum + r.completed, 0);
    const cpu = results.map((r) => r.cpuUsPerRequest).filter((v): v is number => v !== null);
    const elapsed = results.reduce((sum, r) => sum + r.elapsedS, 0);
    return {
      name,
      target_rps: rate,
      achieved_rps: Math.round(elapsed ? completed / elapsed : 0),
      load: closed ? round(rate / closed, 2) : null,
      p50_ms: ms(percentile(latency, 50)),
      p99_ms: ms(percentile(latency, 99)),
      p999_ms: ms(percentile(latency, 99.9)),
      max_ms: ms(latency[latency.length - 1] ?? NaN),
      errors: results.reduce((sum, r) => sum + (r.scheduled - r.completed), 0), // failed or >= 400
      p99_per_round_ms: results.map((r) => ms(percentile(Array.from(ascending(r.latencyUs)), 99))),
      service_p99_ms: ms(percentile(all((r) => r.serviceUs), 99)),
      lag_p99_ms: ms(percentile(all((r) => r.lagUs), 99)),
      cpu_us_per_req: cpu.length ? Math.round(median(cpu)) : null,
    };
  });
}

export function printFixedRateTable(rows: FixedRateRow[]): void {
  printCells(
    ["target", "rate", "achieved", "load", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "p99 ms per round", "p99 from write", "wait p99", "CPU µs/req"],
    rows.map((row) => [
      row.name,
      String(row.target_rps),
      String(row.achieved_rps),
      row.load === null ? "n/a" : `${Math.round(row.load * 100)}%`,
      row.p50_ms.toFixed(2),
      row.p99_ms.toFixed(2),
      row.p999_ms.toFixed(2),
      row.max_ms.toFixed(2),
      String(row.errors),
      row.p99_per_round_ms.map((v) => v.toFixed(2)).join(" / "),
      row.service_p99_ms.toFixed(2),
      row.lag_p99_ms.toFixed(2),
      row.cpu_us_per_req === null ? "n/a" : String(row.cpu_us_per_req),
    ]),
  );
}

// ---- the targets ----------------------------------------------------------------------------------------

export const P99_TARGET_MS = 10;
export const REFERENCE_RATIO_TARGET = 1.3;

export interface TargetCheck {
  name: string;
  p99_saturation_ok: boolean;
  p99_fixed_rate_ok: boolean | null;
  zero_errors: boolean;
  vs_reference_ok: boolean | null; // only for the proxy under test
}

export function checkTargets(
  rows: Row[],
  errors: Record<string, number>,
  fixedRows: FixedRateRow[],
  proxyName: string,
): TargetCheck[] {
  return rows.map((row) => {
    const fixed = fixedRows.find((f) => f.name === row.name);
    return {
      name: row.name,
      p99_saturation_ok: row.p99_ms < P99_TARGET_MS,
      p99_fixed_rate_ok: fixed ? fixed.p99_ms < P99_TARGET_MS : null,
      zero_errors: (errors[row.name] ?? 0) === 0 && (fixed?.errors ?? 0) === 0,
      vs_reference_ok: row.name.startsWith(proxyName) ? (row.vs_reference ?? 0) >= REFERENCE_RATIO_TARGET : null,
    };
  });
}

export function printTargets(checks: TargetCheck[]): void {
  const mark = (ok: boolean | null) => (ok === null ? "n/a" : ok ? "met" : "NOT met");
  printCells(
    ["target", `>= ${REFERENCE_RATIO_TARGET}x reference`, `p99 < ${P99_TARGET_MS} ms, saturation`, `p99 < ${P99_TARGET_MS} ms, fixed rate`, "zero errors"],
    checks.map((c) => [c.name, mark(c.vs_reference_ok), mark(c.p99_saturation_ok), mark(c.p99_fixed_rate_ok), mark(c.zero_errors)]),
  );
}

function printCells(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

// ---- issue 4: API key + usage plan and cache rows, as ratios to rows of the same run ----------------------------

/** API key + usage plan may cost at most 15% of plain HTTP_PROXY throughput (memory mode). */
export const KEYED_RATIO_TARGET = 0.85;
/** A cache hit serves at least 1.5x the throughput of a miss (memory mode). */
export const HIT_OVER_MISS_TARGET = 1.5;

export interface TrafficCheck {
  what: string;
  ratio: number | null;
  target: string;
  ok: boolean | null;
}

export function checkTrafficTargets(
  rows: Row[],
  proxyName: string,
  names: { keyed: string; hit: string; miss: string; keyedRedis: string; hitRedis: string; missRedis: string },
): TrafficCheck[] {
  const rps = (name: string) => rows.find((row) => row.name === name)?.rps ?? null;
  const ratio = (a: string, b: string) => {
    const top = rps(a);
    const bottom = rps(b);
    return top === null || bottom === null || bottom === 0 ? null : top / bottom;
  };
  const check = (what: string, value: number | null, target: number | null): TrafficCheck => ({
    what,
    ratio: value,
    target: target === null ? "context" : `>= ${target}`,
    ok: target === null || value === null ? null : value >= target,
  });
  return [
    check(`${names.keyed} / ${proxyName}`, ratio(names.keyed, proxyName), KEYED_RATIO_TARGET),
    check(`${names.hit} / ${names.miss}`, ratio(names.hit, names.miss), HIT_OVER_MISS_TARGET),
    check(`${names.hit} / ${proxyName}`, ratio(names.hit, proxyName), null),
    check(`${names.miss} / ${proxyName}`, ratio(names.miss, proxyName), null),
    check(`${names.keyedRedis} / ${proxyName}`, ratio(names.keyedRedis, proxyName), null),
    check(`${names.hitRedis} / ${names.missRedis}`, ratio(names.hitRedis, names.missRedis), null),
    check(`${names.hitRedis} / ${proxyName}`, ratio(names.hitRedis, proxyName), null),
    check(`${names.missRedis} / ${proxyName}`, ratio(names.missRedis, proxyName), null),
  ];
}

export function printTrafficTargets(checks: TrafficCheck[]): void {
  const mark = (ok: boolean | null) => (ok === null ? "-" : ok ? "met" : "NOT met");
  printCells(
    ["ratio", "value", "target", "result"],
    checks.map((c) => [c.what, c.ratio === null ? "n/a" : `${c.ratio.toFixed(2)}x`, c.target, mark(c.ok)]),
  );
}
