/**
 * The AWS-compatible management API (service "apigateway", REST-JSON): verify SigV4, find the operation,
 * call the service, answer in AWS's shapes. Every answer carries x-amzn-RequestId.
 */
import { randomUUID } from "node:crypto";
import { getAccessKeySecret } from "@/lib/services/access-keys/get-access-key-secret";
import { OPERATION_HANDLERS } from "./operations/handlers";
import { parseJsonBody } from "./operations/wire-input";
import { readReceivedRequest } from "./received-request";
import { matchOperation } from "./routing/match-operation";
import { verifySignature, type SecretLookup } from "./sigv4/verify-signature";
import { jsonResponse, renderError, unsupportedOperation, WireError } from "./wire-error";

export interface DispatchOptions {
  lookupSecret?: SecretLookup;
  now?: () => Date;
}

export async function handleManagementRequest(request: Request, options: DispatchOptions = {}): Promise<Response> {
  const requestId = randomUUID();
  let operationName = "unrouted";
  try {
    const received = await readReceivedRequest(request);
    const caller = await verifySignature(received, options.lookupSecret ?? getAccessKeySecret, (options.now ?? (() => new Date()))());
    const matched = matchOperation(received.method, received.rawPath, received.query);
    if (!matched) {
      throw new WireError(404, "NotFoundException", `No API Gateway operation matches ${received.method} ${received.rawPath}`);
    }
    operationName = matched.operation.name;
    const handler = OPERATION_HANDLERS[operationName];
    if (!handler) throw unsupportedOperation(operationName);
    const body = matched.operation.rawBody ? {} : parseJsonBody(received.body);
    const rawBody = matched.operation.rawBody ? received.body : undefined;
    const result = await handler({ params: matched.params, query: received.query, body, rawBody, caller });
    if (result === undefined) {
      return new Response(null, { status: matched.operation.status, headers: { "x-amzn-RequestId": requestId } });
    }
    return jsonResponse(matched.operation.status, result, requestId);
  } catch (error) {
    return renderError(error, requestId, operationName);
  }
}
