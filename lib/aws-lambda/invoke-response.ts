/**
 * How Lambda answers a synchronous Invoke: always 200 once the function ran; a failure shows only in
 * X-Amz-Function-Error: Unhandled and the error document as the payload. LogType=Tail adds X-Amz-Log-Result,
 * the base64 of the log's last 4 KB.
 */
import { constraint, validationMessage } from "@/lib/domain/functions/rules";
import type { InvokeResult } from "@/lib/services/functions/function-invoker";
import { validationError } from "@/lib/services/functions/lambda-error";
import { logTailBytes } from "@/lib/services/functions/record-function-invocation";
import type { LambdaAnswer } from "./wire-input";

// Lambda's runtime-level failures carry no stack trace in their error document.
const WITHOUT_TRACE = new Set(["timeout", "out-of-memory", "exited"]);

/** X-Amz-Log-Type: true for Tail; checked before the function runs. */
export function readLogTail(logType: string | undefined): boolean {
  if (logType !== undefined && logType !== "" && logType !== "None" && logType !== "Tail") {
    throw validationError(validationMessage([constraint(logType, "logType", "Member must satisfy enum value set: [None, Tail]")]));
  }
  return logType === "Tail";
}

export function renderInvokeResult(result: InvokeResult, executedVersion: string, tail: boolean): LambdaAnswer {
  const headers: Record<string, string> = { "content-type": "application/json", "X-Amz-Executed-Version": executedVersion };
  if (tail) headers["X-Amz-Log-Result"] = Buffer.from(logTailBytes(result.logs)).toString("base64");
  if (result.ok) return { status: 200, raw: result.payload, headers };
  headers["X-Amz-Function-Error"] = "Unhandled";
  const { errorType, errorMessage, trace } = result.error;
  const document = WITHOUT_TRACE.has(result.kind) && !trace.length ? { errorType, errorMessage } : { errorType, errorMessage, trace };
  return { status: 200, raw: JSON.stringify(document), headers };
}
