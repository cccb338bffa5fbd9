/**
 * Portico's function host: runs unmodified Lambda Node.js handlers, each invocation in its own child process
 * (Lambda's execution environment), one event per process at a time. Warm processes are kept per function
 * version (spec.key, plus the name and version they were started as) and reaped when idle; the total is bounded
 * and callers beyond it wait in FIFO order.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, realpathSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { silentLogger, type Logger } from "../ports/logger";
import { CodeStore, InvalidFunctionSpecError, assertValidKey } from "./code-store";
import { FunctionProcess, RUNTIME_DIR } from "./function-process";
import { openLog, resultBeforeRun, resultFromInit, resultFromRun, type InvocationFacts } from "./invocation-result";
import { MAX_REQUEST_BYTES, RequestTooLargeError } from "./platform-errors";
import type { FunctionSpec, InvokeOptions, InvokeResult } from "./types";

export type { FunctionSpec, InvokeOptions, InvokeResult, LambdaErrorDocument } from "./types";
export { InvalidFunctionSpecError } from "./code-store";
export { RequestTooLargeError } from "./platform-errors";

export interface FunctionHostOptions {
  /** Code (`<workDir>/<key>/`) and per-process temp directories live here. */
  workDir: string;
  /** Processes across all functions; default 16. */
  maxProcesses?: number;
  /** An idle process is stopped after this long; default 5 minutes. */
  idleTtlMs?: number;
  logger?: Logger;
  /** Lambda's init phase limit; default 10 s (never past the invocation's deadline). */
  initTimeoutMs?: number;
  /** Where runtime/runner.mjs and its siblings are; default beside this module (set it if this code is bundled). */
  runtimeDir?: string;
}

interface Waiter {
  spec: FunctionSpec;
  taskRoot: string;
  deadline: number;
  resolve: (process: FunctionProcess | null) => void;
  timer?: NodeJS.Timeout;
}

export class FunctionHost {
  private readonly workDir: string;
  private readonly tmpRoot: string;
  private readonly code: CodeStore;
  private readonly maxProcesses: number;
  private readonly idleTtlMs: number;
  private readonly initTimeoutMs: number;
  private readonly logger: Logger;
  private readonly runtimeDir: string;
  private readonly processes = new Set<FunctionProcess>();
  private readonly queue: Waiter[] = [];
  private readonly reaper: NodeJS.Timeout;
  private closed = false;

  constructor(options: FunctionHostOptions) {
    mkdirSync(options.workDir, { recursive: true, mode: 0o700 });
    // Node checks permissions against the path it opens and require() opens real paths, so grant real paths
    // (a symlinked temp directory, as on macOS, would otherwise deny the function its own code).
    this.workDir = realpathSync(options.workDir);
    this.runtimeDir = realpathSync(options.runtimeDir ?? RUNTIME_DIR);
    // The paths go into --allow-fs-read, where "*" is a wildcard.
    for (const dir of [this.workDir, this.runtimeDir]) {
      if (dir.includes("*")) throw new Error(`FunctionHost directories must not contain "*": ${dir}`);
    }
    this.tmpRoot = path.join(this.workDir, ".tmp");
    this.code = new CodeStore(this.workDir);
    this.maxProcesses = Math.max(1, options.maxProcesses ?? 16);
    this.idleTtlMs = options.idleTtlMs ?? 300_000;
    this.initTimeoutMs = options.initTimeoutMs ?? 10_000;
    this.logger = options.logger ?? silentLogger;
    this.reaper = setInterval(() => this.reapIdle(), Math.max(10, Math.min(this.idleTtlMs / 2, 30_000)));
    this.reaper.unref();
  }

  /**
   * Runs the handler once. Resolves with Lambda's outcome, success or failure; rejects only for a spec the
   * host refuses (InvalidFunctionSpecError), an event over 6 MB (RequestTooLargeError), or after close().
   */
  async invoke(spec: FunctionSpec, event: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    if (this.closed) throw new Error("FunctionHost is closed");
    validateSpec(spec);
    const requestId = options.requestId ?? randomUUID();
    // Invoke without a payload hands the handler {}.
    const eventJson = JSON.stringify(event === undefined ? {} : event);
    if (Buffer.byteLength(eventJson) > MAX_REQUEST_BYTES) throw new RequestTooLargeError();
    const deadline = options.deadlineMs ?? Number.POSITIVE_INFINITY;
    const invokedAt = Date.now();
    const limitFrom = (now: number) => Math.min(spec.timeoutMs, deadline - now);
    const facts = (process: FunctionProcess | null, startedAt: number, timeoutMs: number): InvocationFacts => ({
      spec,
      requestId,
      durationMs: performance.now() - startedAt,
      peakRssBytes: process?.peakRssBytes ?? 0,
      timeoutMs,
    });

    const taskRoot = await this.code.taskRoot(spec.key, spec.files);
    const queuedAt = performance.now();
    const process = await this.acquire(spec, taskRoot, deadline);
    if (!process) {
      if (this.closed) throw new Error("FunctionHost is closed");
      return resultBeforeRun(facts(null, queuedAt, limitFrom(invokedAt)));
    }

    let init: InvocationFacts["init"];
    if (process.state === "starting") {
      const outcome = await process.ready;
      init = { durationMs: outcome.initDurationMs, logs: process.initLogs.text() };
      if (!outcome.ok) {
        this.release(process);
        const timeoutMs = outcome.kind === "timeout" ? outcome.initDurationMs : limitFrom(Date.now());
        return resultFromInit({ ...facts(process, performance.now() - outcome.initDurationMs, timeoutMs), init }, outcome);
      }
    }

    const timeoutMs = limitFrom(Date.now());
    const startedAt = performance.now();
    if (timeoutMs <= 0) {
      // Queueing and starting used up the deadline: the event never reaches the handler.
      this.release(process);
      return resultBeforeRun({ ...facts(process, startedAt, limitFrom(invokedAt)), init });
    }
    const logs = openLog(spec, requestId, init?.logs);
    const message = { type: "invoke" as const, requestId, event: eventJson, deadlineMs: Date.now() + timeoutMs, invokedFunctionArn: spec.invokedFunctionArn };
    const outcome = await process.run(message, timeoutMs, logs);
    const result = resultFromRun({ ...facts(process, startedAt, timeoutMs), init }, logs, outcome);
    this.release(process);
    return result;
  }

  /** Stops every process and refuses further work. Code directories stay: they are a cache keyed by spec.key. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.reaper);
    for (const waiter of this.queue.splice(0)) {
      if (waiter.timer) clearTimeout(waiter.timer);
      waiter.resolve(null);
    }
    const all = [...this.processes];
    for (const process of all) process.kill();
    await Promise.all(all.map((process) => process.closed));
    await rm(this.tmpRoot, { recursive: true, force: true });
  }

  /** Number of live function processes (for metrics and tests). */
  get processCount(): number {
    return this.processes.size;
  }

  private acquire(spec: FunctionSpec, taskRoot: string, deadline: number): Promise<FunctionProcess | null> {
    return new Promise((resolve) => {
      if (this.closed) return resolve(null);
      const waiter: Waiter = { spec, taskRoot, deadline, resolve };
      if (Number.isFinite(deadline)) {
        waiter.timer = setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          resolve(null);
        }, Math.max(0, deadline - Date.now()));
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Serves queued callers in order: a warm process of theirs, else a new one, else evict the stalest idle one. */
  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const head = this.queue[0];
      const warm = this.idle().find((process) => sameEnvironment(process.spec, head.spec));
      if (warm) {
        this.hand(this.queue.shift()!, warm);
        continue;
      }
      if (this.processes.size < this.maxProcesses) {
        const waiter = this.queue.shift()!;
        this.hand(waiter, this.spawn(waiter));
        continue;
      }
      // Free a slot held by another function's idle process; its exit calls pump() again. Processes already
      // on their way out will free slots too, so evict only for callers they do not cover.
      const leaving = [...this.processes].filter((process) => process.state === "retired").length;
      const stalest = this.idle().sort((a, b) => a.lastUsedAt - b.lastUsedAt)[0];
      if (stalest && leaving < this.queue.length) stalest.kill();
      return;
    }
  }

  private hand(waiter: Waiter, process: FunctionProcess): void {
    if (waiter.timer) clearTimeout(waiter.timer);
    if (process.state === "idle") process.state = "busy";
    waiter.resolve(process);
  }

  private spawn(waiter: Waiter): FunctionProcess {
    const id = randomBytes(16).toString("hex");
    const tmpDir = path.join(this.tmpRoot, id);
    // Synchronous on purpose: pump() must account for the new process before it yields (a cold start's fork is synchronous too).
    mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
    const initTimeoutMs = Math.max(1, Math.min(this.initTimeoutMs, waiter.deadline - Date.now()));
    const process = new FunctionProcess(id, waiter.spec, { taskRoot: waiter.taskRoot, runtimeDir: this.runtimeDir, tmpDir }, {
      logger: this.logger,
      initTimeoutMs,
    });
    this.processes.add(process);
    void process.closed.then(() => {
      this.processes.delete(process);
      void rm(tmpDir, { recursive: true, force: true }).catch(() => {});
      this.pump();
    });
    return process;
  }

  private release(process: FunctionProcess): void {
    if (process.state === "retired" || this.closed) {
      process.kill();
      return;
    }
    process.state = "idle";
    process.lastUsedAt = Date.now();
    this.pump();
  }

  private idle(): FunctionProcess[] {
    return [...this.processes].filter((process) => process.state === "idle");
  }

  private reapIdle(): void {
    const cutoff = Date.now() - this.idleTtlMs;
    for (const process of this.idle()) if (process.lastUsedAt <= cutoff) process.kill();
  }
}

/**
 * Whether a warm process can take this spec. The key covers code and configuration; the name, version and
 * region are baked into a process's environment (AWS_LAMBDA_FUNCTION_NAME...), and a key may be shared by two
 * functions or versions with identical configurations, which must still not share processes or module state.
 */
function sameEnvironment(a: FunctionSpec, b: FunctionSpec): boolean {
  return a.key === b.key && a.functionName === b.functionName && a.version === b.version && a.region === b.region;
}

function validateSpec(spec: FunctionSpec): void {
  assertValidKey(spec.key);
  if (!Number.isInteger(spec.memoryMb) || spec.memoryMb < 128 || spec.memoryMb > 10_240) {
    throw new InvalidFunctionSpecError(`memoryMb must be an integer from 128 to 10240: ${spec.memoryMb}`);
  }
  if (!(spec.timeoutMs > 0)) throw new InvalidFunctionSpecError(`timeoutMs must be positive: ${spec.timeoutMs}`);
}
