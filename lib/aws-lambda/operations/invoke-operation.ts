/** Lambda's Invoke: the payload goes in raw, the function's answer comes back raw with Lambda's X-Amz-* headers. */
import { invokeFunction } from "@/lib/services/functions/invoke-function";
import { readLogTail, renderInvokeResult } from "../invoke-response";
import { queryText, type LambdaOperationHandler } from "../wire-input";

const invokeHandler: LambdaOperationHandler = async ({ params, query, headers, body, requestId }) => {
  const tail = readLogTail(headers["x-amz-log-type"]);
  const outcome = await invokeFunction({
    functionName: params.FunctionName,
    qualifier: queryText(query, "Qualifier"),
    payload: body,
    invocationType: headers["x-amz-invocation-type"],
    requestId,
    source: "api",
  });
  if (outcome.kind === "queued") return { status: 202 };
  if (outcome.kind === "dry-run") return { status: 204 };
  return renderInvokeResult(outcome.result, outcome.executedVersion, tail);
};

export const INVOKE_HANDLERS = { Invoke: invokeHandler };
