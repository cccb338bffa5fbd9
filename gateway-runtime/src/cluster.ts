/**
 * GATEWAY_WORKERS: the runtime as N worker processes sharing its ports (node:cluster), so one host's cores all
 * serve traffic. Each worker is a complete runtime (config, telemetry, function host); the primary only forks,
 * restarts a worker that dies, and forwards SIGTERM/SIGINT. One worker (the default) runs in-process, no primary.
 *
 * State that must be exact across workers (throttling buckets and quotas, a later issue) goes through the
 * shared store (Redis), exactly as it must across hosts.
 */
import cluster from "node:cluster";
import type { Logger } from "./ports/logger";

const RESTART_DELAY_MS = 1_000;
const LISTENING = "portico-worker-listening";

interface ListeningMessage {
  type: typeof LISTENING;
  fields: Record<string, unknown>;
}

/**
 * Announces that the runtime serves. In a worker it tells the primary, which logs the one "listening" line
 * once every worker serves (a worker that exits before is a start-up failure, not a crash); alone, it logs it.
 */
export function announceListening(logger: Logger, fields: Record<string, unknown>): void {
  if (cluster.isWorker) process.send?.({ type: LISTENING, fields } satisfies ListeningMessage);
  else logger.info("gateway runtime listening", fields);
}

export async function runWorkers(workers: number, logger: Logger, startWorker: () => Promise<void>): Promise<void> {
  if (workers <= 1 || cluster.isWorker) return startWorker();

  let stopping = false;
  const listening = new Set<number>();
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on("message", (message: ListeningMessage) => {
      if (message?.type !== LISTENING) return;
      listening.add(worker.id);
      if (!announced && listening.size >= workers) {
        announced = true;
        logger.info("gateway runtime listening", { ...message.fields, workers });
      }
    });
  };
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A worker that cannot even start (bad configuration) would be restarted forever: stop instead.
    if (!listening.has(worker.id)) {
      logger.error("gateway worker failed at start; stopping the runtime", { pid: worker.process.pid, code, signal });
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    // A crashed worker is replaced; its in-flight requests are lost, the others keep serving.
    logger.error("gateway worker exited; starting a new one", { pid: worker.process.pid, code, signal });
    setTimeout(fork, RESTART_DELAY_MS);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down workers", { signal, workers: Object.keys(cluster.workers ?? {}).length });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
