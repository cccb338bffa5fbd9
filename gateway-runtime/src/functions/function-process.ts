/**
 * One Lambda execution environment: a forked Node process running runtime/runner.mjs for one function version,
 * one event at a time. It reports how init went, runs invocations under a timeout and a resident-memory
 * watchdog, and tells why it died (timeout, out of memory, exit) so the host can answer as Lambda does.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Logger } from "../ports/logger";
import { childEnvironment, childExecArgv, type LaunchPaths } from "./child-launch";
import { LogTail, logStreamName } from "./invocation-logs";
import { residentBytes } from "./memory-watch";
import { V8_HEAP_EXHAUSTED } from "./platform-errors";
import { isRunnerMessage, type InvokeMessage, type RunnerMessage } from "./protocol";
import type { FunctionSpec, LambdaErrorDocument } from "./types";

/** The runner's directory: the only Portico files a function process may read. */
export const RUNTIME_DIR = fileURLToPath(new URL("./runtime", import.meta.url));
const RUNNER = `${RUNTIME_DIR}/runner.mjs`;
const WATCH_INTERVAL_MS = 20;

export interface Death {
  kind: "out-of-memory" | "exited";
  code: number | null;
  signal: NodeJS.Signals | null;
}
export type InitOutcome =
  | { ok: true; initDurationMs: number }
  | { ok: false; initDurationMs: number; kind: "init-error"; error: LambdaErrorDocument }
  | { ok: false; initDurationMs: number; kind: "timeout" }
  | { ok: false; initDurationMs: number; kind: "died"; death: Death };
export type RunOutcome = Extract<RunnerMessage, { type: "result" }> | { type: "died"; death: Death } | { type: "timeout" };

type ProcessEvent = RunnerMessage | { type: "died"; death: Death } | { type: "timeout" };
/** Returns whether it consumed the event. */
type Waiter = (event: ProcessEvent) => boolean;

const DISCARD = new LogTail(0);

export class FunctionProcess {
  state: "starting" | "idle" | "busy" | "retired" = "starting";
  lastUsedAt = Date.now();
  /** Peak resident memory seen by the watchdog or reported by the runtime, bytes. */
  peakRssBytes = 0;
  readonly ready: Promise<InitOutcome>;
  readonly closed: Promise<void>;
  readonly initLogs = new LogTail();
  private readonly child: ChildProcess;
  private readonly startedAt = performance.now();
  private logs: LogTail = this.initLogs;
  private stderrTail = "";
  private waiter: Waiter | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private killedForMemory = false;
  private died: Death | null = null;

  constructor(
    /** 32 hex digits: names the log stream and the temp directory. */
    readonly id: string,
    readonly spec: FunctionSpec,
    readonly paths: LaunchPaths,
    private readonly options: { logger: Logger; initTimeoutMs: number },
  ) {
    const streamName = logStreamName(new Date(), spec.version, id);
    this.child = fork(RUNNER, [], {
      cwd: paths.taskRoot,
      // Next.js's typings make NODE_ENV required in ProcessEnv; a function's environment need not have it.
      env: childEnvironment(spec, paths, streamName, options.logger) as NodeJS.ProcessEnv,
      execArgv: childExecArgv(spec, paths),
      serialization: "advanced",
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    this.child.on("message", (message) => this.onMessage(message));
    // Direct writes to fd 1/2 (and Node's own fatal messages) bypass the runner's console patch.
    this.child.stdout?.setEncoding("utf8").on("data", (text: string) => this.logs.append(text));
    this.child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      this.logs.append(text);
      this.stderrTail = (this.stderrTail + text).slice(-2048);
    });
    this.child.on("error", (error) => options.logger.error("function process error", { key: spec.key, error: String(error) }));
    this.closed = new Promise((resolve) => {
      this.child.on("close", (code, signal) => {
        this.stopWatching();
        this.state = "retired";
        this.died = this.death(code, signal);
        this.settle({ type: "died", death: this.died });
        resolve();
      });
    });
    this.ready = this.init();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Runs one event on a process the caller has marked busy; settles on the result, a death or the timeout. */
  run(message: InvokeMessage, timeoutMs: number, logs: LogTail): Promise<RunOutcome> {
    if (this.died) return Promise.resolve({ type: "died", death: this.died });
    this.logs = logs;
    this.startWatching();
    return new Promise<RunOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        this.settle({ type: "timeout" });
      }, Math.max(0, timeoutMs));
      this.waiter = (event) => {
        if (event.type === "log" || event.type === "ready" || event.type === "init-error") return false;
        if (event.type === "result" && event.requestId !== message.requestId) return false;
        clearTimeout(timer);
        this.stopWatching();
        this.logs = DISCARD;
        resolve(event);
        return true;
      };
      this.child.send(message);
    });
  }

  kill(): void {
    this.state = "retired";
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }

  private init(): Promise<InitOutcome> {
    this.startWatching();
    return new Promise<InitOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        this.settle({ type: "timeout" });
      }, this.options.initTimeoutMs);
      this.waiter = (event) => {
        if (event.type === "log" || event.type === "result") return false;
        clearTimeout(timer);
        this.stopWatching();
        const initDurationMs = performance.now() - this.startedAt;
        if (event.type === "ready") {
          // A new process is reserved for the invocation that caused it to start.
          this.state = "busy";
          resolve({ ok: true, initDurationMs });
        } else if (event.type === "init-error") {
          this.kill();
          resolve({ ok: false, initDurationMs, kind: "init-error", error: event.error });
        } else if (event.type === "died") resolve({ ok: false, initDurationMs, kind: "died", death: event.death });
        else resolve({ ok: false, initDurationMs, kind: "timeout" });
        return true;
      };
    });
  }

  private onMessage(message: unknown): void {
    if (!isRunnerMessage(message)) return;
    if (message.type === "log") {
      if (typeof message.text === "string") this.logs.append(message.text);
      return;
    }
    if (message.type === "result") {
      this.peakRssBytes = Math.max(this.peakRssBytes, message.maxRssBytes);
      // The runtime ends itself after an uncaught exception; it must not be handed another event.
      if (!message.ok && message.exiting) this.state = "retired";
    }
    this.settle(message);
  }

  /** Hands an event to whoever waits (init or a run); an event nobody waits for is dropped. */
  private settle(event: ProcessEvent): void {
    if (this.waiter?.(event)) this.waiter = null;
  }

  private death(code: number | null, signal: NodeJS.Signals | null): Death {
    const outOfMemory = this.killedForMemory || V8_HEAP_EXHAUSTED.test(this.stderrTail);
    return { kind: outOfMemory ? "out-of-memory" : "exited", code, signal };
  }

  private startWatching(): void {
    const pid = this.child.pid;
    if (this.watchdog || pid === undefined) return;
    const limit = this.spec.memoryMb * 1024 * 1024;
    this.watchdog = setInterval(() => {
      const rss = residentBytes(pid);
      if (rss === null) return;
      this.peakRssBytes = Math.max(this.peakRssBytes, rss);
      if (rss > limit) {
        this.killedForMemory = true;
        this.kill();
      }
    }, WATCH_INTERVAL_MS);
  }

  private stopWatching(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }
}
