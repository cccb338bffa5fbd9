/** The function host's public shapes: the invoke contract (shared with the control plane) and its options. */
export type { FailureKind, FunctionSpec, InvokeResult, LambdaErrorDocument } from "../../../lib/domain/functions/invoke-contract";

export interface InvokeOptions {
  /** Lambda's awsRequestId; a random UUID when absent. */
  requestId?: string;
  /**
   * Absolute deadline, epoch milliseconds (like Lambda's Lambda-Runtime-Deadline-Ms): an integration timeout
   * may cap the function timeout. Time spent queued for a process and starting it counts against it.
   */
  deadlineMs?: number;
}
