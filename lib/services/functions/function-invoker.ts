/**
 * The port through which Invoke runs a function: the gateway runtime's function host implements it
 * (gateway-runtime/src/functions). The control plane holds one, set once at start-up like lib/db's setDb.
 */

import type { FunctionSpec, InvokeResult } from "../../domain/functions/invoke-contract";

export type { FunctionSpec, InvokeResult } from "../../domain/functions/invoke-contract";
export type { FailureKind as InvokeFailureKind } from "../../domain/functions/invoke-contract";

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
