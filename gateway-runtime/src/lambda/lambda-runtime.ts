/**
 * Runs Lambda-compatible functions for integrations: ARN -> version (FunctionDirectory, swapped with each
 * config) -> code (FunctionCodeSource) -> isolated child process (FunctionHost).
 */
import type { FunctionHost } from "../functions/function-host";
import type { InvokeResult } from "../functions/types";
import type { FunctionCodeSource } from "./code-source";
import type { FunctionInvocationRecord } from "../../../lib/domain/runtime-contract";
import { FunctionDirectory } from "./function-directory";

export type LambdaInvocation =
  | { kind: "result"; result: InvokeResult }
  /** The integration's deadline, not the function's own timeout, stopped it: AWS's 504 INTEGRATION_TIMEOUT. */
  | { kind: "deadline" }
  | { kind: "not-found"; reason: string }
  | { kind: "failed"; reason: string };

// A kill at the deadline is seen a few milliseconds after it.
const DEADLINE_SLACK_MS = 5;

export class LambdaRuntime {
  directory = new FunctionDirectory(undefined);
  /** Told of every invocation (the server forwards them with telemetry to the Functions page). */
  onInvocation: ((record: FunctionInvocationRecord) => void) | null = null;

  constructor(
    private readonly host: FunctionHost,
    private readonly code: FunctionCodeSource,
    readonly region: string,
  ) {}

  async invoke(functionArn: string, event: unknown, options: { requestId: string; deadlineMs: number }): Promise<LambdaInvocation> {
    const resolved = this.directory.resolve(functionArn, Math.random());
    if (!resolved.ok) return { kind: "not-found", reason: resolved.reason };
    const fn = resolved.fn;
    try {
      const files = await this.code.load(fn.codeSha256);
      const result = await this.host.invoke(
        {
          key: fn.key,
          functionName: fn.name,
          version: fn.version,
          invokedFunctionArn: resolved.invokedFunctionArn,
          handler: fn.handler,
          files,
          environment: fn.environment,
          timeoutMs: fn.timeoutMs,
          memoryMb: fn.memoryMb,
          region: this.region,
        },
        event,
        options,
      );
      this.onInvocation?.({
        functionName: fn.name,
        qualifier: fn.version,
        requestId: result.requestId,
        status: result.ok ? "Success" : result.kind === "timeout" ? "Timeout" : "Unhandled",
        durationMs: Math.round(result.durationMs),
        errorType: result.ok ? null : result.error.errorType,
        // The host already returns Lambda's LogType=Tail cut (the last 4 KB).
        logTail: result.logs,
      });
      if (!result.ok && result.kind === "timeout" && Date.now() >= options.deadlineMs - DEADLINE_SLACK_MS) return { kind: "deadline" };
      return { kind: "result", result };
    } catch (error) {
      return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
  }

  close(): Promise<void> {
    return this.host.close();
  }
}
