/**
 * The AWS Lambda-compatible API (service "lambda", REST-JSON, /2015-03-31/...): verify SigV4 with the same
 * access keys as the API Gateway API, find the operation, call the service, answer in Lambda's shapes.
 * Every answer carries x-amzn-RequestId; an Invoke's request id is also the invocation's.
 */
import { randomUUID } from "node:crypto";
import { readReceivedRequest } from "@/lib/aws/received-request";
import { LAMBDA_SIGNING_SERVICE, verifySignature, type SecretLookup } from "@/lib/aws/sigv4/verify-signature";
import { getAccessKeySecret } from "@/lib/services/access-keys/get-access-key-secret";
import { getFunctionCodeBySha256 } from "@/lib/services/functions/get-function-code";
import { LambdaError } from "@/lib/services/functions/lambda-error";
import { CODE_PATH_PREFIX, presignCodeUrl, verifyCodeUrl } from "./code-location";
import { FUNCTION_HANDLERS } from "./operations/function-operations";
import { INVOKE_HANDLERS } from "./operations/invoke-operation";
import { VERSION_ALIAS_HANDLERS } from "./operations/version-alias-operations";
import { matchLambdaOperation } from "./routing";
import { lambdaJson, renderLambdaError } from "./wire-error";
import type { LambdaAnswer, LambdaOperationHandler } from "./wire-input";

export interface LambdaDispatchOptions {
  lookupSecret?: SecretLookup;
  now?: () => Date;
}

const HANDLERS: Record<string, LambdaOperationHandler> = { ...FUNCTION_HANDLERS, ...VERSION_ALIAS_HANDLERS, ...INVOKE_HANDLERS };

export async function handleLambdaRequest(request: Request, options: LambdaDispatchOptions = {}): Promise<Response> {
  const requestId = randomUUID();
  const lookupSecret = options.lookupSecret ?? getAccessKeySecret;
  const now = options.now ?? (() => new Date());
  let operationName = "unrouted";
  try {
    const received = await readReceivedRequest(request);
    if (received.method === "GET" && received.rawPath.startsWith(CODE_PATH_PREFIX)) {
      operationName = "GetFunctionCode";
      return await downloadCode(await verifyCodeUrl(received, lookupSecret, now()), requestId);
    }
    const caller = await verifySignature(received, lookupSecret, now(), LAMBDA_SIGNING_SERVICE);
    const matched = matchLambdaOperation(received.method, received.rawPath);
    if (!matched) throw new LambdaError("ResourceNotFoundException", `No Lambda operation matches ${received.method} ${received.rawPath}`);
    operationName = matched.operation.name;
    const handler = HANDLERS[operationName];
    if (!matched.operation.supported || !handler) {
      throw new LambdaError("InvalidParameterValueException", `Operation not supported by Portico yet: ${operationName}`);
    }
    const origin = `${received.headers["x-forwarded-proto"] ?? new URL(request.url).protocol.replace(":", "")}://${received.headers["host"]}`;
    const answer = await handler({
      params: matched.params,
      query: received.query,
      headers: received.headers,
      body: received.body,
      requestId,
      caller,
      codeLocation: async (codeSha256) => {
        const secretAccessKey = (await lookupSecret(caller)) ?? "";
        return presignCodeUrl(origin, codeSha256, { accessKeyId: caller, secretAccessKey }, now());
      },
    });
    return toResponse(answer, requestId);
  } catch (error) {
    return renderLambdaError(error, requestId, operationName);
  }
}

function toResponse(answer: LambdaAnswer, requestId: string): Response {
  if (answer.json !== undefined) return lambdaJson(answer.status, answer.json, requestId, answer.headers);
  const body = answer.raw === undefined ? null : typeof answer.raw === "string" ? answer.raw : new Uint8Array(answer.raw);
  return new Response(body, { status: answer.status, headers: { "x-amzn-RequestId": requestId, ...answer.headers } });
}

async function downloadCode(codeSha256: string, requestId: string): Promise<Response> {
  const zip = await getFunctionCodeBySha256(codeSha256);
  if (!zip) throw new LambdaError("ResourceNotFoundException", "The code package no longer exists.");
  return new Response(new Uint8Array(zip), {
    status: 200,
    headers: { "content-type": "application/zip", "content-length": String(zip.byteLength), "x-amzn-RequestId": requestId },
  });
}
