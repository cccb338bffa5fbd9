/**
 * Closed-loop saturation driver: wrk (C, one thread, its own process) when installed, otherwise autocannon in this
 * process. Both keep `connections` requests in flight and report what the target sustains at that concurrency.
 */
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export interface ClosedLoopResult {
  rps: number;
  p50: number; // ms
  p99: number; // ms
  errors: number; // socket errors + timeouts + responses with status >= 400 (wrk) / non-2xx (autocannon)
}

export type Generator = "wrk" | "autocannon";

const LUA = path.join(path.dirname(new URL(import.meta.url).pathname), "wrk-report.lua");

/** wrk if `wrk -v` runs (it prints its version and exits 1), unless BENCH_GENERATOR=autocannon. */
export function pickGenerator(): { generator: Generator; version: string } {
  if (process.env.BENCH_GENERATOR !== "autocannon") {
    const probe = spawnSync("wrk", ["-v"], { encoding: "utf8" });
    if (!probe.error) return { generator: "wrk", version: `${probe.stdout}${probe.stderr}`.split("\n")[0].trim() };
  }
  return { generator: "autocannon", version: "autocannon (in-process)" };
}

export async function closedLoop(
  generator: Generator,
  url: string,
  seconds: number,
  connections: number,
  threads = 1,
  headers: Record<string, string> = {},
): Promise<ClosedLoopResult> {
  if (generator === "autocannon") {
    const r = await autocannon({ url, connections, pipelining: 1, duration: seconds, headers });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
  }
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s", ...headerArgs, "-s", LUA, url];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}: ${out}`))));
  });
  const line = output.split("\n").find((l) => l.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no summary: ${output}`);
  const s = JSON.parse(line.slice("WRK_JSON ".length)) as Record<string, number>;
  return {
    rps: s.duration_us > 0 ? (s.requests * 1e6) / s.duration_us : 0,
    p50: s.p50_us / 1000,
    p99: s.p99_us / 1000,
    errors: s.connect + s.read + s.write + s.timeout + s.status,
  };
}
