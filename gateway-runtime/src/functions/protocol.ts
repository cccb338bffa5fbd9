/**
 * Messages between the host and runtime/runner.mjs over the fork() IPC channel (V8 serialization). This plays
 * the part of Lambda's Runtime API (invocation/next, /response, /error, /init/error); the runner's JSDoc
 * mirrors these shapes. Payloads travel as JSON text so sizes are checked the way Lambda counts them.
 */
import type { LambdaErrorDocument } from "./types";

/** host -> runner */
export interface InvokeMessage {
  type: "invoke";
  requestId: string;
  /** The event as JSON text. */
  event: string;
  /** Epoch ms; context.getRemainingTimeInMillis() counts down to it. */
  deadlineMs: number;
  invokedFunctionArn: string;
}

/** runner -> host */
export type RunnerMessage =
  | { type: "log"; text: string }
  | { type: "ready" }
  | { type: "init-error"; error: LambdaErrorDocument }
  | {
      type: "result";
      requestId: string;
      ok: true;
      payload: string;
      /** Peak resident set size of the process so far, bytes (process.resourceUsage().maxRSS). */
      maxRssBytes: number;
    }
  | {
      type: "result";
      requestId: string;
      ok: false;
      error: LambdaErrorDocument;
      maxRssBytes: number;
      /** The runtime ends after an uncaught exception or unhandled rejection, as Lambda's does (exit 128/129). */
      exiting: boolean;
    };

export function isRunnerMessage(value: unknown): value is RunnerMessage {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === "log" || type === "ready" || type === "init-error" || type === "result";
}
