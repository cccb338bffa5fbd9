/**
 * `npm run bench`: direct backend vs Portico HTTP_PROXY vs Portico MOCK vs @fastify/http-proxy, each in its own
 * process, driven in turn by autocannon (64 connections) after a warm-up, in interleaved rounds (A B C D A B C D)
 * so drift shows. Prints a table and writes bench/results/latest.json.
 *   BENCH_DURATION_S (5)  BENCH_WARMUP_S (2)  BENCH_ROUNDS (3)  BENCH_CONNECTIONS (64)
 */
import autocannon from "autocannon";
import os from "node:os";
import { startTarget, stopTarget, withPeakRss, type Target } from "./lib/processes";
import { printTable, summarise, writeResults, type RoundResult } from "./lib/report";

const DURATION = Number(process.env.BENCH_DURATION_S ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);

const DIRECT = "direct backend";
const PROXY = "Portico HTTP_PROXY";
const MOCK = "Portico MOCK";
const REFERENCE = "@fastify/http-proxy";

async function drive(url: string, seconds: number) {
  return autocannon({ url, connections: CONNECTIONS, pipelining: 1, duration: seconds });
}

async function main(): Promise<void> {
  const backend = await startTarget("backend");
  const backendUrl = `http://127.0.0.1:${backend.port}`;
  const portico = await startTarget("portico", { BACKEND_URL: backendUrl });
  const reference = await startTarget("reference", { BACKEND_URL: backendUrl });
  const plan: { name: string; url: string; process: Target }[] = [
    { name: DIRECT, url: `${backendUrl}/items/42`, process: backend },
    { name: PROXY, url: `http://127.0.0.1:${portico.port}/restapis/benchapi01/proxy/_user_request_/items/42`, process: portico },
    { name: MOCK, url: `http://127.0.0.1:${portico.port}/restapis/benchapi01/mock/_user_request_/items/42`, process: portico },
    { name: REFERENCE, url: `http://127.0.0.1:${reference.port}/items/42`, process: reference },
  ];
  try {
    for (const target of plan) {
      const check = await drive(target.url, 1);
      if (check.non2xx > 0 || check.errors > 0) throw new Error(`${target.name} does not answer 2xx at ${target.url}`);
    }
    console.log(`warm-up ${WARMUP}s per target, then ${ROUNDS} rounds of ${DURATION}s, ${CONNECTIONS} connections`);
    for (const target of plan) await drive(target.url, WARMUP);
    const rounds = new Map<string, RoundResult[]>(plan.map((target) => [target.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of plan) {
        const { result, peakMb } = await withPeakRss(target.process.pid, () => drive(target.url, DURATION));
        rounds.get(target.name)!.push({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          rssMb: peakMb,
        });
        console.log(`round ${round} ${target.name}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms`);
      }
    }
    const { rows, errors, perRoundRps } = summarise(plan.map((t) => t.name), rounds, DIRECT, REFERENCE);
    printTable(rows, errors, perRoundRps);
    const file = writeResults(rows, {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      connections: CONNECTIONS,
      durationS: DURATION,
      rounds: ROUNDS,
      errors,
      perRoundRps,
    });
    console.log(`wrote ${file}`);
  } finally {
    await Promise.all([stopTarget(portico), stopTarget(reference)]);
    await stopTarget(backend);
  }
}

await main();
