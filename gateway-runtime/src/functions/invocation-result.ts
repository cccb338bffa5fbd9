/**
 * Turns what happened to one invocation into Lambda's answer: the payload or error document, and the log
 * tail framed by START/END/REPORT the way the Invoke API's LogType=Tail shows it.
 */
import type { Death, InitOutcome, RunOutcome } from "./function-process";
import { endLine, LogTail, reportLine, startLine, type ReportFields } from "./invocation-logs";
import {
  exitedError,
  exitReason,
  MAX_RESPONSE_BYTES,
  outOfMemoryError,
  responseTooLargeError,
  timedOutError,
} from "./platform-errors";
import type { FailureKind, FunctionSpec, InvokeResult, LambdaErrorDocument } from "./types";

export interface InvocationFacts {
  spec: FunctionSpec;
  requestId: string;
  durationMs: number;
  peakRssBytes: number;
  /** The time limit that applied: the function timeout, or less when a deadline cut it short. */
  timeoutMs: number;
  /** Set on a cold start: the init phase's duration and log. */
  init?: { durationMs: number; logs: string };
}

/** Opens an invocation's log: init output on a cold start, then START. */
export function openLog(spec: FunctionSpec, requestId: string, initLogs?: string): LogTail {
  const logs = new LogTail();
  if (initLogs) logs.append(initLogs);
  logs.append(startLine(requestId, spec.version));
  return logs;
}

export function resultFromRun(facts: InvocationFacts, logs: LogTail, outcome: RunOutcome): InvokeResult {
  const { requestId } = facts;
  if (outcome.type === "result" && outcome.ok) {
    if (Buffer.byteLength(outcome.payload) > MAX_RESPONSE_BYTES) {
      return finish(facts, logs, { kind: "function-error", error: responseTooLargeError() });
    }
    close(facts, logs);
    return { ok: true, payload: outcome.payload, logs: logs.text(), durationMs: facts.durationMs, requestId };
  }
  if (outcome.type === "result") return finish(facts, logs, { kind: "function-error", error: outcome.error });
  if (outcome.type === "timeout") return timedOut(facts, logs);
  return died(facts, logs, outcome.death);
}

/** An invocation whose process never became ready: Lambda reports the init failure as the invocation's. */
export function resultFromInit(facts: InvocationFacts, outcome: Exclude<InitOutcome, { ok: true }>): InvokeResult {
  const logs = openLog(facts.spec, facts.requestId, facts.init?.logs);
  if (outcome.kind === "timeout") return timedOut(facts, logs);
  if (outcome.kind === "died") return died(facts, logs, outcome.death);
  return finish(facts, logs, { kind: "init-error", error: outcome.error }, { status: "error", errorType: outcome.error.errorType });
}

/** A deadline that passed before the event could even start (queued, or spent starting the process). */
export function resultBeforeRun(facts: InvocationFacts): InvokeResult {
  return timedOut(facts, openLog(facts.spec, facts.requestId, facts.init?.logs));
}

function timedOut(facts: InvocationFacts, logs: LogTail): InvokeResult {
  const error = timedOutError(new Date(), facts.requestId, facts.timeoutMs);
  return finish(facts, logs, { kind: "timeout", error }, { status: "timeout" }, `${error.errorMessage}\n`);
}

function died(facts: InvocationFacts, logs: LogTail, death: Death): InvokeResult {
  const outOfMemory = death.kind === "out-of-memory";
  const error = outOfMemory
    ? outOfMemoryError(facts.requestId, death.code, death.signal)
    : exitedError(facts.requestId, death.code, death.signal);
  logs.append(`RequestId: ${facts.requestId} Error: ${exitReason(death.code, death.signal)}\n${error.errorType}\n`);
  // Lambda shows the whole allowance as used when it stops a function for memory.
  const memoryFacts = outOfMemory ? { ...facts, peakRssBytes: Math.max(facts.peakRssBytes, facts.spec.memoryMb * 1048576) } : facts;
  return finish(memoryFacts, logs, { kind: outOfMemory ? "out-of-memory" : "exited", error }, { status: "error", errorType: error.errorType });
}

function finish(
  facts: InvocationFacts,
  logs: LogTail,
  failure: { kind: FailureKind; error: LambdaErrorDocument },
  status?: ReportFields["status"],
  trailer?: string,
): InvokeResult {
  close(facts, logs, status);
  if (trailer) logs.append(trailer);
  return { ok: false, ...failure, logs: logs.text(), durationMs: facts.durationMs, requestId: facts.requestId };
}

function close(facts: InvocationFacts, logs: LogTail, status?: ReportFields["status"]): void {
  logs.append(endLine(facts.requestId));
  logs.append(
    reportLine({
      requestId: facts.requestId,
      durationMs: facts.durationMs,
      memoryMb: facts.spec.memoryMb,
      maxMemoryUsedMb: Math.min(facts.spec.memoryMb, Math.round(facts.peakRssBytes / 1048576)),
      initDurationMs: facts.init?.durationMs,
      status,
    }),
  );
}
