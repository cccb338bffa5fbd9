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

export function sendResponse(ex: Exchange, response: BufferedResponse): void {
  const headers = response.headers.concat(REQUEST_ID_HEADER, ex.requestId, EXTENDED_REQUEST_ID_HEADER, ex.extendedRequestId);
  ex.status = response.status;
  ex.responseLength = response.body.length;
  ex.res.writeHead(response.status, headers);
  ex.res.end(response.body);
}

export function sendGatewayError(ex: Exchange, type: GatewayResponseType, status?: number, message?: string): void {
  const custom = ex.stage?.gatewayResponses;
  if (custom && !ex.res.headersSent) return sendCustomGatewayResponse(ex, type, status, message);
  const rendered = message === undefined ? RENDERED.get(type)! : render(type, message);
  ex.errorType = type;
  if (ex.res.headersSent) {
    // Too late for an answer (a stream failed midway): cut the connection so the client sees a broken body.
    ex.status = ex.status || (status ?? rendered.status);
    ex.res.destroy();
    return;
  }
  sendResponse(ex, { status: status ?? rendered.status, headers: rendered.headers, body: rendered.body });
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
  ex.errorType = type;
  const body = Buffer.from(rendered.body);
  const flat: string[] = [];
  for (const [name, value] of rendered.headers) if (name.toLowerCase() !== "content-length") flat.push(name, value);
  flat.push("content-length", String(body.length));
  if (type === "REQUEST_TOO_LARGE") flat.push("connection", "close");
  sendResponse(ex, { status: rendered.status, headers: flat, body });
}
