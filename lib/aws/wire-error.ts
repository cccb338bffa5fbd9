/**
 * Errors as AWS API Gateway's management API sends them: a status, the `x-amzn-ErrorType` header naming the
 * error type (the SDKs build `err.name` from it) and a JSON body `{"message": "..."}`.
 */
import { isPorticoError } from "@/lib/errors";

export class WireError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    /** AWS's request-validation errors (ValidationException) name the text "Message", with a capital M. */
    readonly messageKey: "message" | "Message" = "message",
  ) {
    super(message);
    this.name = type;
  }
}

// Authentication failures: AWS's types and texts, so SDKs and the CLI print what their users already know.
export const missingAuthenticationToken = () =>
  new WireError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
export const unrecognizedClient = () =>
  new WireError(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
export const invalidSignature = (message?: string) =>
  new WireError(
    403,
    "InvalidSignatureException",
    message ??
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
  );
export const incompleteSignature = (message: string) => new WireError(403, "IncompleteSignatureException", message);

/** AWS's answer when a value is not one of an enum's members, e.g. an unknown gateway response type. */
export const enumValidationError = (value: string, where: string, members: readonly string[]) =>
  new WireError(
    400,
    "ValidationException",
    `1 validation error detected: Value '${value}' at '${where}' failed to satisfy constraint: Member must satisfy enum value set: [${members.join(", ")}]`,
    "Message",
  );

export const nullValidationError = (where: string) =>
  new WireError(400, "ValidationException", `1 validation error detected: Value null at '${where}' failed to satisfy constraint: Member must not be null`, "Message");

export const unsupportedOperation = (operation: string) =>
  new WireError(400, "BadRequestException", `Operation not supported by Portico yet: ${operation}`);

export function jsonResponse(status: number, body: unknown, requestId: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-amzn-RequestId": requestId, ...extraHeaders },
  });
}

/** Renders any thrown value; unknown errors become a 500 that names the request id and is logged with it. */
export function renderError(error: unknown, requestId: string, operation = "unrouted"): Response {
  if (error instanceof WireError) {
    return jsonResponse(error.status, { [error.messageKey]: error.message }, requestId, { "x-amzn-ErrorType": error.type });
  }
  if (isPorticoError(error)) {
    return jsonResponse(error.status, { message: error.message }, requestId, { "x-amzn-ErrorType": error.code });
  }
  console.error(`[management-api] request ${requestId} (${operation}) failed`, error);
  return jsonResponse(500, { message: `Internal server error. Request id: ${requestId}` }, requestId, {
    "x-amzn-ErrorType": "InternalFailure",
  });
}
