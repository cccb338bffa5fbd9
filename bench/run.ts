/**
 * `npm run bench`: direct backend vs Portico HTTP_PROXY vs Portico MOCK vs @fastify/http-proxy (plus Portico's
 * Lambda proxy and templated HTTP rows), each in its own
 * process, in two phases of interleaved rounds (A B C D A B C D, so drift shows):
 *  1. saturation: closed loop, 64 connections, wrk (or autocannon when wrk is missing) -> req/s, p50/p99;
 *  2. fixed rate: open loop, BENCH_RATE req/s in total over the same 64 connections, from a separate generator
 *     process, latency measured from each request's scheduled instant -> p50/p99/p99.9.
 * Prints both tables and the targets, and writes bench/results/latest.json.
 *   BENCH_DURATION_S (5)  BENCH_WARMUP_S (2)  BENCH_ROUNDS (3)  BENCH_CONNECTIONS (64)  BENCH_RATE (auto)
 *   BENCH_FIXED_DURATION_S (= BENCH_DURATION_S)  BENCH_WRK_THREADS (1)  BENCH_GENERATOR=autocannon (skip wrk)
 *   BENCH_ONLY=logging,HTTP_PROXY: only the rows whose name contains one of these (case-insensitive)
 */
import os from "node:os";
import net from "node:net";
import { closedLoop, pickGenerator } from "./lib/closed-loop";
import { FixedRateGenerator } from "./lib/fixed-rate";
import { cpuSeconds, startTarget, stopTarget, withPeakRss, type Target } from "./lib/processes";
import {
  checkTargets,
  checkTrafficTargets,
  printTrafficTargets,
  printFixedRateTable,
  printTable,
  printTargets,
  summarise,
  summariseFixedRate,
  writeResults,
  type FixedRateRound,
  type RoundResult,
} from "./lib/report";
import { checkLoggingTargets } from "./lib/logging-report";

const DURATION = Number(process.env.BENCH_DURATION_S ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
// "auto": a quarter of the slowest target's closed-loop req/s in this run, so the rate stays well below every
// target's capacity however busy the machine is; a number fixes it (BENCH_RATE=2000).
const RATE_SETTING = process.env.BENCH_RATE ?? "auto";
const FIXED_DURATION = Number(process.env.BENCH_FIXED_DURATION_S ?? DURATION);
const WRK_THREADS = Number(process.env.BENCH_WRK_THREADS ?? 1);

const DIRECT = "direct backend";
const PROXY = "Portico HTTP_PROXY";
const MOCK = "Portico MOCK";
const REFERENCE = "@fastify/http-proxy";
const LAMBDA = "Portico Lambda proxy";
const PROXY_2W = "Portico HTTP_PROXY, 2 workers";
const TEMPLATED = "Portico HTTP templated";
// Issue 4's rows, each compared with the plain HTTP_PROXY row of the same run.
const KEYED = "Portico API key + usage plan";
const CACHE_HIT = "Portico cache hit";
const CACHE_MISS = "Portico cache miss";
const KEYED_REDIS = "Portico API key + usage plan, Redis";
const CACHE_HIT_REDIS = "Portico cache hit, Redis";
const CACHE_MISS_REDIS = "Portico cache miss, Redis";
// Issue 5's rows: one API with logging OFF vs INFO + metrics + a JSON access log, telemetry over HTTP (logging-stages.ts).
const LOG_OFF = "Portico logging OFF";
const LOG_INFO = "Portico logging INFO + metrics + access log";
// Must match bench/targets/portico.ts (the key the "keyed" stage's usage plan holds).
const BENCH_API_KEY = "benchkey0123456789abcdefghijklmnopqrstu";
const KEY_HEADERS = { "x-api-key": BENCH_API_KEY };
// The cached stage lets any client invalidate: max-age=0 makes every request a miss that refetches and stores.
const MISS_HEADERS = { "cache-control": "max-age=0" };

/** The Redis the Redis rows use, when one answers (BENCH_REDIS_URL, TEST_REDIS_URL, REDIS_URL or the local default). */
async function reachableRedis(): Promise<string | null> {
  const url = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const { hostname, port } = new URL(url);
  const ok = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
  return ok ? url : null;
}

async function main(): Promise<void> {
  const { generator, version } = pickGenerator();
  const loadavg = os.loadavg().map((v) => v.toFixed(2));
  console.log(`saturation load generator: ${version}; fixed-rate generator: undici open-loop child process`);
  console.log(`load average at start: ${loadavg.join(" ")} (${os.cpus().length} CPUs)`);
  const drive = (url: string, seconds: number, headers?: Record<string, string>) => closedLoop(generator, url, seconds, CONNECTIONS, WRK_THREADS, headers);

  const backend = await startTarget("backend");
  const backendUrl = `http://127.0.0.1:${backend.port}`;
  const portico = await startTarget("portico", { BACKEND_URL: backendUrl, BENCH_PORTICO_STAGES: "proxy,mock" });
  const integrations = await startTarget("portico", { BACKEND_URL: backendUrl, BENCH_PORTICO_STAGES: "lambda,templated" });
  const reference = await startTarget("reference", { BACKEND_URL: backendUrl });
  // The same runtime with GATEWAY_WORKERS=2's layout (node:cluster), as a 2-core host would run it.
  const portico2 = await startTarget("portico", { BACKEND_URL: backendUrl, BENCH_PORTICO_WORKERS: "2", BENCH_PORTICO_STAGES: "proxy" });
  const traffic = await startTarget("portico", { BACKEND_URL: backendUrl, BENCH_PORTICO_STAGES: "keyed,cached" });
  const redisUrl = await reachableRedis();
  if (!redisUrl) console.log("no Redis answers: the Redis rows are left out (set BENCH_REDIS_URL)");
  const trafficRedis = redisUrl
    ? await startTarget("portico", { BACKEND_URL: backendUrl, BENCH_PORTICO_STAGES: "keyed,cached", BENCH_REDIS_URL: redisUrl })
    : null;
  // The logging rows ship their telemetry through the real HttpLogSink to a process that reads and discards it.
  const telemetrySink = await startTarget("telemetry-sink");
  const observed = await startTarget("portico", {
    BACKEND_URL: backendUrl,
    BENCH_PORTICO_STAGES: "logoff,loginfo",
    BENCH_TELEMETRY_URL: `http://127.0.0.1:${telemetrySink.port}`,
  });
  const fixedRate = await FixedRateGenerator.start();
  const stageUrl = (target: Target, stage: string) => `http://127.0.0.1:${target.port}/restapis/benchapi01/${stage}/_user_request_/items/42`;
  const allRows: { name: string; url: string; process: Target; headers?: Record<string, string> }[] = [
    { name: DIRECT, url: `${backendUrl}/items/42`, process: backend },
    { name: PROXY, url: `http://127.0.0.1:${portico.port}/restapis/benchapi01/proxy/_user_request_/items/42`, process: portico },
    { name: MOCK, url: `http://127.0.0.1:${portico.port}/restapis/benchapi01/mock/_user_request_/items/42`, process: portico },
    { name: REFERENCE, url: `http://127.0.0.1:${reference.port}/items/42`, process: reference },
    { name: PROXY_2W, url: `http://127.0.0.1:${portico2.port}/restapis/benchapi01/proxy/_user_request_/items/42`, process: portico2 },
    { name: LAMBDA, url: `http://127.0.0.1:${integrations.port}/restapis/benchapi01/lambda/_user_request_/items/42`, process: integrations },
    { name: TEMPLATED, url: `http://127.0.0.1:${integrations.port}/restapis/benchapi01/templated/_user_request_/items/42`, process: integrations },
    { name: KEYED, url: stageUrl(traffic, "keyed"), process: traffic, headers: KEY_HEADERS },
    { name: CACHE_HIT, url: stageUrl(traffic, "cached"), process: traffic },
    { name: CACHE_MISS, url: stageUrl(traffic, "cached"), process: traffic, headers: MISS_HEADERS },
    ...(trafficRedis
      ? [
          { name: KEYED_REDIS, url: stageUrl(trafficRedis, "keyed"), process: trafficRedis, headers: KEY_HEADERS },
          { name: CACHE_HIT_REDIS, url: stageUrl(trafficRedis, "cached"), process: trafficRedis },
          { name: CACHE_MISS_REDIS, url: stageUrl(trafficRedis, "cached"), process: trafficRedis, headers: MISS_HEADERS },
        ]
      : []),
    { name: LOG_OFF, url: stageUrl(observed, "logoff"), process: observed },
    { name: LOG_INFO, url: stageUrl(observed, "loginfo"), process: observed },
  ];
  const only = process.env.BENCH_ONLY?.toLowerCase().split(",").filter(Boolean);
  const plan = only ? allRows.filter((row) => only.some((part) => row.name.toLowerCase().includes(part))) : allRows;
  const names = plan.map((t) => t.name);
  try {
    for (const target of plan) {
      const check = await drive(target.url, 1, target.headers);
      if (check.errors > 0) throw new Error(`${target.name} does not answer 2xx at ${target.url}`);
    }

    console.log(`\n== saturation (closed loop, ${generator}): warm-up ${WARMUP}s per target, ${ROUNDS} rounds of ${DURATION}s, ${CONNECTIONS} connections`);
    for (const target of plan) await drive(target.url, WARMUP, target.headers);
    const rounds = new Map<string, RoundResult[]>(names.map((name) => [name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of plan) {
        const { result, peakMb } = await withPeakRss(target.process.pid, () => drive(target.url, DURATION, target.headers));
        rounds.get(target.name)!.push({ ...result, rssMb: peakMb });
        console.log(`round ${round} ${target.name}: ${Math.round(result.rps)} req/s, p99 ${result.p99.toFixed(2)} ms`);
      }
    }
    const { rows, errors, perRoundRps } = summarise(names, rounds, DIRECT, REFERENCE);
    const slowest = Math.min(...rows.map((row) => row.rps));
    const RATE = RATE_SETTING === "auto" ? Math.max(100, Math.floor(slowest / 4 / 100) * 100) : Number(RATE_SETTING);
    if (RATE > slowest / 2) console.log(`warning: ${RATE} req/s is over half the slowest target's saturation rate (${slowest} req/s)`);

    console.log(`\n== fixed rate (open loop, rate ${RATE_SETTING === "auto" ? "auto: slowest/4" : "BENCH_RATE"}): ${RATE} req/s over ${CONNECTIONS} connections, ${ROUNDS} rounds of ${FIXED_DURATION}s (+1s unrecorded warm-up each)`);
    const fixedRounds = new Map<string, FixedRateRound[]>(names.map((name) => [name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of plan) {
        const cpuBefore = cpuSeconds(target.process.pid);
        const result = await fixedRate.run({ url: target.url, rate: RATE, seconds: FIXED_DURATION, warmupS: 1, connections: CONNECTIONS, headers: target.headers });
        const cpuAfter = cpuSeconds(target.process.pid);
        const cpuUsPerRequest = cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1e6) / result.sent;
        fixedRounds.get(target.name)!.push({ ...result, cpuUsPerRequest });
        const p99 = Float64Array.from(result.latencyUs).sort()[Math.ceil(result.latencyUs.length * 0.99) - 1] / 1000;
        console.log(`round ${round} ${target.name}: ${result.completed}/${result.scheduled} ok, p99 ${p99.toFixed(2)} ms`);
      }
    }
    const fixedRows = summariseFixedRate(names, fixedRounds, RATE, rows);
    const checks = checkTargets(rows, errors, fixedRows, PROXY);
    const loadavgEnd = os.loadavg().map((v) => v.toFixed(2));

    console.log(`\nSaturation: closed loop, ${CONNECTIONS} connections, ${generator}; mean req/s, median p50/p99 over ${ROUNDS} rounds`);
    printTable(rows, errors, perRoundRps);
    console.log(`\nFixed rate: ${RATE} req/s open loop, ${CONNECTIONS} connections; percentiles over all ${ROUNDS} rounds, from scheduled send time`);
    printFixedRateTable(fixedRows);
    console.log("\nIssue targets (the issue's subject is Portico HTTP_PROXY; other rows for context)");
    printTargets(checks);
    const traffic4 = checkTrafficTargets(rows, PROXY, { keyed: KEYED, hit: CACHE_HIT, miss: CACHE_MISS, keyedRedis: KEYED_REDIS, hitRedis: CACHE_HIT_REDIS, missRedis: CACHE_MISS_REDIS });
    console.log("\nStages and traffic (issue 4): ratios of the same run's saturation req/s");
    printTrafficTargets(traffic4);
    const logging5 = checkLoggingTargets(rows, fixedRows, { off: LOG_OFF, info: LOG_INFO, proxy: PROXY });
    console.log("\nObservability (issue 5): ratios of the same run");
    printTrafficTargets(logging5);
    console.log(`\nload average: ${loadavg.join(" ")} at start, ${loadavgEnd.join(" ")} at end`);

    const file = writeResults(rows, fixedRows, {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadavgStart: loadavg.map(Number),
      loadavgEnd: loadavgEnd.map(Number),
      saturationGenerator: version,
      fixedRateGenerator: "bench/lib/fixed-rate-child.ts (undici, open loop, latency from scheduled instant)",
      connections: CONNECTIONS,
      durationS: DURATION,
      fixedRateDurationS: FIXED_DURATION,
      rate: RATE,
      rateSetting: RATE_SETTING,
      rounds: ROUNDS,
      errors,
      perRoundRps,
      targets: checks,
      trafficTargets: traffic4,
      loggingTargets: logging5,
    });
    console.log(`wrote ${file}`);
  } finally {
    await fixedRate.stop();
    await Promise.all([
      stopTarget(portico),
      stopTarget(portico2),
      stopTarget(integrations),
      stopTarget(reference),
      stopTarget(traffic),
      ...(trafficRedis ? [stopTarget(trafficRedis)] : []),
      stopTarget(observed),
    ]);
    await Promise.all([stopTarget(backend), stopTarget(telemetrySink)]);
  }
}

await main();
