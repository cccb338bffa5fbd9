/**
 * The contract between whoever asks for a function invocation (an integration, the Lambda API's Invoke, the
 * console's Test) and the function host that runs it: one Lambda function version, and the outcome.
 */

export interface FunctionSpec {
  /** Unique per (code, configuration) version; e.g. sha256 of code + handler + env + limits. Warm processes are keyed by it. */
  key: string;
  functionName: string;
  /** "$LATEST" or a published version number as string. */
  version: string;
  /** ARN the caller used: arn:aws:lambda:{region}:{account}:function:{name}[:{qualifier}] */
  invokedFunctionArn: string;
  /** "index.handler", "src/app.main", ... resolved the way Lambda's Node.js runtime does. */
  handler: string;
  /** Code files: relative path -> content (the control plane unzips the deployment package with fflate). */
  files: Record<string, Uint8Array>;
  environment: Record<string, string>;
  /** Enforced: the child is killed when it runs longer. */
  timeoutMs: number;
  /** Enforced (128..10240): V8 heap limit plus a watchdog on the child's resident memory. */
  memoryMb: number;
  region: string;
}

/** Lambda's error document: what the Invoke API returns as the payload of a failed invocation. */
export interface LambdaErrorDocument {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

export type FailureKind = "function-error" | "timeout" | "out-of-memory" | "exited" | "init-error";

export type InvokeResult =
  | {
      ok: true;
      /** JSON text of the handler's result; "null" for undefined. */
      payload: string;
      /** Tail of the invocation's log (see LOG_TAIL_BYTES), Lambda's text format with START/END/REPORT. */
      logs: string;
      durationMs: number;
      requestId: string;
    }
  | {
      ok: false;
      kind: FailureKind;
      error: LambdaErrorDocument;
      logs: string;
      durationMs: number;
      requestId: string;
    };

