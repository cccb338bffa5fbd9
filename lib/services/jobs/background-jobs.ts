/**
 * The control plane's periodic work (log retention, metric rollups): each job runs on its own timer, never
 * overlapping itself, and a failing run is reported once per streak instead of every minute. Timers are unref'd
 * so they never keep a process (or a test) alive.
 */

export interface BackgroundJob {
  name: string;
  intervalMs: number;
  run(now: Date): Promise<unknown>;
}

export interface JobLog {
  warn(message: string): void;
  info(message: string): void;
}

export interface RunningJobs {
  /** Resolves when every job is idle; no run starts afterwards. */
  stop(): Promise<void>;
  /** Runs one job now (skipped, resolving false, while it is already running). */
  runNow(name: string): Promise<boolean>;
}

export function startBackgroundJobs(jobs: readonly BackgroundJob[], log: JobLog, firstDelayMs = 5_000): RunningJobs {
  const running = new Map<string, Promise<unknown>>();
  const failing = new Set<string>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  const runJob = async (job: BackgroundJob): Promise<boolean> => {
    if (stopped || running.has(job.name)) return false;
    const run = job.run(new Date()).then(
      () => {
        if (failing.delete(job.name)) log.info(`[jobs] ${job.name} is running again`);
      },
      (error: unknown) => {
        if (!failing.has(job.name)) log.warn(`[jobs] ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        failing.add(job.name);
      },
    );
    running.set(job.name, run);
    await run;
    running.delete(job.name);
    return true;
  };

  for (const job of jobs) {
    const first = setTimeout(() => {
      void runJob(job);
      const every = setInterval(() => void runJob(job), job.intervalMs);
      every.unref();
      timers.push(every);
    }, firstDelayMs);
    first.unref();
    timers.push(first);
  }

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
    runNow(name) {
      const job = jobs.find((candidate) => candidate.name === name);
      return job ? runJob(job) : Promise.resolve(false);
    },
  };
}
