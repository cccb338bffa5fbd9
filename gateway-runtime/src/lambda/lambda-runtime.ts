/**
 * Runs Lambda-compatible functions for integrations: ARN -> version (FunctionDirectory, swapped with each
 * config) -> code (FunctionCodeSource) -> isolated child process (FunctionHost).
 */
import type { FunctionHost } from "../functions/function-host";
import type { InvokeResult } from "../functions/types";
import type { FunctionCodeSource } from "./code-source";
import { FunctionDirectory } from "./function-directory";

export type LambdaInvocation = { kind: "result"; result: InvokeResult } | { kind: "not-found"; reason: string } | { kind: "failed"; reason: string };

export class LambdaRuntime {
  directory = new FunctionDirectory(undefined);

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
      return { kind: "result", result };
    } catch (error) {
      return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
    }
  }

  close(): Promise<void> {
    return this.host.close();
  }
}
