/**
 * The port through which Invoke runs a function: the gateway runtime's function host implements it
 * (gateway-runtime/src/functions). The control plane holds one, set once at start-up like lib/db's setDb.
 */

/** Everything a host needs to run one configuration; `key` names a warm worker that can be reused. */
export interface FunctionSpec {
  key: string;
  functionName: string;
  /** The version that runs: "$LATEST" or "1", "2"... (an alias is resolved before). */
  version: string;
  /** The ARN the caller invoked, with its qualifier when it gave one (context.invokedFunctionArn). */
  invokedFunctionArn: string;
  handler: string;
  /** The unzipped package by path. */
  files: Record<string, Uint8Array>;
  environment: Record<string, string>;
  timeoutMs: number;
  memoryMb: number;
  region: string;
}

export type InvokeFailureKind = "function-error" | "timeout" | "out-of-memory" | "exited" | "init-error";

export type InvokeResult =
  | { ok: true; payload: string; logs: string; durationMs: number; requestId: string }
  | {
      ok: false;
      kind: InvokeFailureKind;
      error: { errorType: string; errorMessage: string; trace: string[] };
      logs: string;
      durationMs: number;
      requestId: string;
    };

export interface FunctionInvoker {
  invoke(spec: FunctionSpec, event: unknown, options: { requestId: string }): Promise<InvokeResult>;
}

const holder = globalThis as unknown as { porticoFunctionInvoker?: FunctionInvoker };

/** Kept on globalThis so a hot reload of this module does not forget the host. */
export function setFunctionInvoker(invoker: FunctionInvoker | undefined): void {
  holder.porticoFunctionInvoker = invoker;
}

export function getFunctionInvoker(): FunctionInvoker | undefined {
  return holder.porticoFunctionInvoker;
}
