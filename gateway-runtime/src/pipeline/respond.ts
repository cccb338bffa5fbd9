/** Writes outcomes to the client. Every answer, success or gateway error, carries AWS's two request-id headers. */
import {
  GATEWAY_RESPONSES,
  GATEWAY_RESPONSE_TYPES,
  gatewayResponseBody,
  gatewayResponseStatus,
  type GatewayResponseType,
} from "../../../lib/domain/gateway-responses";
import type { Exchange } from "./exchange";
import { buildContextVariables } from "./context-variables";
import type { BufferedResponse, Outcome } from "./stage";
import { logGatewayResponse, logMethodResponse } from "../telemetry/execution-log-lines";
import { xrayResponseHeader } from "../telemetry/trace-context";

export const REQUEST_ID_HEADER = "x-amzn-RequestId";
export const EXTENDED_REQUEST_ID_HEADER = "x-amz-apigw-id";
export const ERROR_TYPE_HEADER = "x-amzn-ErrorType";

interface RenderedGatewayResponse {
  status: number;
  body: Buffer;
  headers: readonly string[];
}

function render(type: GatewayResponseType, message?: string): RenderedGatewayResponse {
  const body = Buffer.from(gatewayResponseBody(type, message));
  const headers = ["content-type", "application/json", "content-length", String(body.length)];
  const errorType = GATEWAY_RESPONSES[type].errorType;
  if (errorType) headers.push(ERROR_TYPE_HEADER, errorType);
  // The rest of an oversized body is not worth reading just to keep the connection.
  if (type === "REQUEST_TOO_LARGE") headers.push("connection", "close");
  return { status: gatewayResponseStatus(type), body, headers };
}

// Rendered once: a gateway error costs a lookup, not a JSON.stringify.
const RENDERED = new Map<GatewayResponseType, RenderedGatewayResponse>(
  GATEWAY_RESPONSE_TYPES.map((type) => [type, render(type)]),
);

export function sendOutcome(ex: Exchange, outcome: Outcome): void {
  if (outcome.kind === "response") sendResponse(ex, outcome.response);
  else if (outcome.kind === "gateway-error") sendGatewayError(ex, outcome.type, outcome.status, outcome.message);
}

export const TRACE_ID_HEADER = "X-Amzn-Trace-Id";

/** An answer the integration (or the cache) produced. */
export function sendResponse(ex: Exchange, response: BufferedResponse): void {
  let headers = response.headers;
  // AWS-BEHAVIOUR 2.2: the trace id comes back on answers of HTTP, AWS and Lambda integrations.
  if (ex.method?.traceResponse) headers = headers.concat(TRACE_ID_HEADER, xrayResponseHeader(ex.trace));
  if (ex.exec?.info) logMethodResponse(ex, { status: response.status, headers, body: response.body });
  write(ex, response.status, headers, response.body);
}

function write(ex: Exchange, status: number, headers: readonly string[], body: Buffer): void {
  ex.status = status;
  ex.responseLength = body.length;
  ex.res.writeHead(status, headers.concat(REQUEST_ID_HEADER, ex.requestId, EXTENDED_REQUEST_ID_HEADER, ex.extendedRequestId));
  ex.res.end(body);
}

export function sendGatewayError(ex: Exchange, type: GatewayResponseType, status?: number, message?: string): void {
  ex.errorType = type;
  ex.errorMessage = message ?? GATEWAY_RESPONSES[type].message;
  const custom = ex.stage?.gatewayResponses;
  if (custom && !ex.res.headersSent) return sendCustomGatewayResponse(ex, type, status, message);
  const rendered = message === undefined ? RENDERED.get(type)! : render(type, message);
  if (ex.res.headersSent) {
    // Too late for an answer (a stream failed midway): cut the connection so the client sees a broken body.
    ex.status = ex.status || (status ?? rendered.status);
    ex.exec?.error(`Execution failed after the response had started: ${ex.errorMessage}; the connection was closed`);
    ex.res.destroy();
    return;
  }
  const finalStatus = status ?? rendered.status;
  if (ex.exec) logGatewayResponse(ex, type, finalStatus, rendered.headers, rendered.body);
  write(ex, finalStatus, rendered.headers, rendered.body);
}

/** An API with customised gateway responses (AWS's PutGatewayResponse): rendered per request with its context. */
function sendCustomGatewayResponse(ex: Exchange, type: GatewayResponseType, status?: number, message?: string): void {
  const stage = ex.stage!;
  const rendered = stage.gatewayResponses!.render(type, {
    ...(message !== undefined ? { message } : {}),
    ...(status !== undefined ? { status } : {}),
    validationErrorString: ex.validationErrorString,
    context: buildContextVariables(ex, { accountId: stage.accountId }),
    stageVariables: stage.variables,
    request: ex.methodRequestValues(),
    accept: ex.req.headers.accept,
  });
  const body = Buffer.from(rendered.body);
  const flat: string[] = [];
  for (const [name, value] of rendered.headers) if (name.toLowerCase() !== "content-length") flat.push(name, value);
  flat.push("content-length", String(body.length));
  if (type === "REQUEST_TOO_LARGE") flat.push("connection", "close");
  if (ex.exec) logGatewayResponse(ex, type, rendered.status, flat, body);
  write(ex, rendered.status, flat, body);
}
