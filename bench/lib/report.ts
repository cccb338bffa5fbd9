/** Summarises rounds into rows, prints the table and writes bench/results/latest.json. */
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
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

export function writeResults(rows: Row[], meta: Record<string, unknown>): string {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  writeFileSync(file, `${JSON.stringify({ rows, meta }, null, 2)}\n`);
  return file;
}
