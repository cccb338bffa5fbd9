/**
 * The execution log lines every method writes, worded as AWS writes them ("Starting execution for request",
 * "Endpoint request URI", "Received response. Status: 200, Integration latency: 12 ms", "Method completed with
 * status: 200"). Callers hold an exchange whose `exec` is set; the INFO and data-trace checks live here.
 */
import type { GatewayResponseType } from "../../../lib/domain/gateway-responses";
import { decodePathValue, type Exchange } from "../pipeline/exchange";
import type { BufferedResponse } from "../pipeline/stage";
import { headerList, headerRecord, maskedUrl, valueRecord } from "./execution-log-format";

type Headers = readonly string[] | Readonly<Record<string, string | readonly string[]>>;

const headerText = (headers: Headers) => (Array.isArray(headers) ? headerList(headers as readonly string[]) : headerRecord(headers as Record<string, string>));

/** The method request, once, after the usage plan checks (AWS's order). */
export function startExecution(ex: Exchange): void {
  const log = ex.exec;
  if (!log || log.started) return;
  log.started = true;
  if (!log.info) return;
  log.add(`Starting execution for request: ${ex.requestId}`);
  log.add(`HTTP Method: ${ex.req.method ?? ""}, Resource Path: ${decodePathValue(ex.path)}`);
  log.add(`Method request path: ${valueRecord(ex.pathParameters())}`);
  log.add(`Method request query string: ${valueRecord(ex.queryValues(), true)}`);
  log.add(`Method request headers: ${headerList(ex.req.rawHeaders)}`);
  if (ex.body?.ok) logMethodRequestBody(ex, ex.body.body);
}

/** Data trace: the client's body as it arrived, logged once by whichever stage buffers it first. */
export function logMethodRequestBody(ex: Exchange, body: Uint8Array | string): void {
  const log = ex.exec;
  if (!log?.data || log.requestBodyLogged || !log.started) return;
  log.requestBodyLogged = true;
  log.body("Method request body before transformations", body);
}

/** What goes to the back end: its URI, then (data trace) the headers and body after mapping. */
export function logEndpointRequest(ex: Exchange, uri: string, headers: Headers, body?: Uint8Array | string | null): void {
  const log = ex.exec;
  if (!log?.info) return;
  const shown = maskedUrl(uri);
  log.add(`Endpoint request URI: ${shown}`);
  if (log.data) {
    log.add(`Endpoint request headers: ${headerText(headers)}`);
    if (body !== undefined) log.body("Endpoint request body after transformations", body);
  }
  log.add(`Sending request to ${shown}`);
}

/** What came back, before any mapping. */
export function logEndpointResponse(ex: Exchange, status: number, latencyMs: number, headers?: Headers, body?: Uint8Array | string | null): void {
  const log = ex.exec;
  if (!log?.info) return;
  log.add(`Received response. Status: ${status}, Integration latency: ${latencyMs} ms`);
  if (!log.data) return;
  if (headers !== undefined) log.add(`Endpoint response headers: ${headerText(headers)}`);
  if (body !== undefined) log.body("Endpoint response body before transformations", body);
}

/** The answer the client gets (INFO; the body with data trace). */
export function logMethodResponse(ex: Exchange, response: BufferedResponse, extraHeaders?: readonly string[]): void {
  const log = ex.exec;
  if (!log?.info) return;
  log.body("Method response body after transformations", response.body);
  log.add(`Method response headers: ${headerList(extraHeaders ? response.headers.concat(extraHeaders) : response.headers)}`);
}

// What AWS's log says before the gateway response line when nothing more specific was logged.
const FAILURE_REASONS: Partial<Record<GatewayResponseType, string>> = {
  API_CONFIGURATION_ERROR: "Execution failed due to configuration error",
  DEFAULT_5XX: "Execution failed due to an internal error",
  INTEGRATION_FAILURE: "Execution failed due to an integration failure: the endpoint could not be reached or its answer was unusable",
  INTEGRATION_TIMEOUT: "Execution failed due to a timeout error",
  REQUEST_TOO_LARGE: "Execution failed: the request body exceeds the 10 MB payload limit",
  UNSUPPORTED_MEDIA_TYPE: "Execution failed: no request template matches the request's Content-Type and passthrough is not allowed",
};

/** A gateway-made answer: AWS logs its type and status (and, with data trace, its body). */
export function logGatewayResponse(ex: Exchange, type: GatewayResponseType, status: number, headers: readonly string[], body: Uint8Array): void {
  const log = ex.exec;
  if (!log) return;
  const reason = FAILURE_REASONS[type];
  if (reason && !log.hasErrors) log.error(reason);
  log.error(`Gateway response type: ${type} with status code: ${status}`);
  if (!log.info) return;
  log.body("Gateway response body", body);
  log.add(`Gateway response headers: ${headerList(headers)}`);
}

/** The last lines; returns what the record stores (undefined: nothing). */
export function completeExecution(ex: Exchange): string[] | undefined {
  const log = ex.exec;
  if (!log) return undefined;
  const lines = log.complete(ex.status, ex.errorType !== null);
  return lines.length > 0 ? lines : undefined;
}
