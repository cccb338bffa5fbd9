/**
 * Errors as AWS Lambda's REST-JSON API sends them: the status, `x-amzn-ErrorType` naming the type (the SDKs
 * build `err.name` from it) and a body `{"Type": "User", "message": "..."}`. Lambda's model spells the text
 * "Message" for ResourceNotFoundException and ServiceException and "message" elsewhere; both are kept.
 */
import { WireError } from "@/lib/aws/wire-error";
import { isLambdaError } from "@/lib/services/functions/lambda-error";

const CAPITALISED = new Set(["ResourceNotFoundException", "ServiceException"]);

export function lambdaJson(status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-amzn-RequestId": requestId, ...headers },
  });
}

export function lambdaErrorBody(type: string, message: string): Record<string, string> {
  const origin = type === "ServiceException" ? "Service" : "User";
  return CAPITALISED.has(type) ? { Type: origin, Message: message } : { Type: origin, message };
}

/** Renders any thrown value; unknown errors become a 500 ServiceException naming the request id, logged with it. */
export function renderLambdaError(error: unknown, requestId: string, operation: string): Response {
  if (isLambdaError(error) || error instanceof WireError) {
    return lambdaJson(error.status, lambdaErrorBody(error.type, error.message), requestId, { "x-amzn-ErrorType": error.type });
  }
  console.error(`[lambda-api] request ${requestId} (${operation}) failed`, error);
  return lambdaJson(500, lambdaErrorBody("ServiceException", `Internal error. Request id: ${requestId}`), requestId, {
    "x-amzn-ErrorType": "ServiceException",
  });
}
