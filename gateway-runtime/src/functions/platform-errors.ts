/**
 * Errors Lambda's platform (not the function) reports: timeout (Sandbox.Timedout), a runtime that exited
 * (Runtime.ExitError), ran out of memory (Runtime.OutOfMemory), or answered too much
 * (Function.ResponseSizeTooLarge); and the Invoke API's own limit on the request payload.
 */
import { timeoutMessage } from "./invocation-logs";
import type { LambdaErrorDocument } from "./types";

/** Lambda's synchronous invocation payload limits (bytes), as its error messages state them. */
export const MAX_REQUEST_BYTES = 6_291_456;
export const MAX_RESPONSE_BYTES = 6_291_556;

// Lambda's platform is written in Go; exit reasons read the way Go's os/exec prints a ProcessState.
const SIGNAL_TEXT: Record<string, string> = {
  SIGKILL: "killed",
  SIGABRT: "aborted",
  SIGSEGV: "segmentation fault",
  SIGTERM: "terminated",
  SIGINT: "interrupt",
  SIGBUS: "bus error",
  SIGILL: "illegal instruction",
  SIGFPE: "floating point exception",
  SIGTRAP: "trace/breakpoint trap",
  SIGHUP: "hangup",
  SIGPIPE: "broken pipe",
  SIGQUIT: "quit",
};

export function exitReason(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `Runtime exited with error: signal: ${SIGNAL_TEXT[signal] ?? signal}`;
  if (code === 0 || code === null) return "Runtime exited without providing a reason";
  return `Runtime exited with error: exit status ${code}`;
}

export function exitedError(requestId: string, code: number | null, signal: NodeJS.Signals | null): LambdaErrorDocument {
  return { errorType: "Runtime.ExitError", errorMessage: `RequestId: ${requestId} Error: ${exitReason(code, signal)}`, trace: [] };
}

export function outOfMemoryError(requestId: string, code: number | null, signal: NodeJS.Signals | null): LambdaErrorDocument {
  return { errorType: "Runtime.OutOfMemory", errorMessage: `RequestId: ${requestId} Error: ${exitReason(code, signal)}`, trace: [] };
}

export function timedOutError(now: Date, requestId: string, timeoutMs: number): LambdaErrorDocument {
  return { errorType: "Sandbox.Timedout", errorMessage: timeoutMessage(now, requestId, timeoutMs), trace: [] };
}

export function responseTooLargeError(): LambdaErrorDocument {
  return {
    errorType: "Function.ResponseSizeTooLarge",
    errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
    trace: [],
  };
}

/** The Invoke API refuses an event over 6 MB before any function runs (HTTP 413 on AWS). */
export class RequestTooLargeError extends Error {
  readonly name = "RequestEntityTooLargeException";
  readonly statusCode = 413;
  constructor() {
    super(`Request must be smaller than ${MAX_REQUEST_BYTES} bytes for the InvokeFunction operation`);
  }
}

/** V8's own heap limit aborts the process with this on stderr (its --max-old-space-size). */
export const V8_HEAP_EXHAUSTED = /JavaScript heap out of memory|Reached heap limit|Allocation failed - process out of memory/;
