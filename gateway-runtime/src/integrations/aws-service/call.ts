/**
 * Sends a signed AWS service request with the integration's timeoutInMillis and buffers the answer, keeping
 * header names as the service sent them (integration.response.header.* mappings match them case-sensitively).
 */
import { getGlobalDispatcher, type Dispatcher } from "undici";
import { PAYLOAD_LIMIT_BYTES } from "../../../../lib/domain/mapping/payload-limit";
import type { AwsServiceRequest } from "./request";

export interface AwsServiceResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

export type AwsServiceFailure =
  /** No complete answer within timeoutMs (AWS: 504 INTEGRATION_TIMEOUT). */
  | { error: "timeout" }
  /** Connection refused, reset, DNS failure... (AWS: 500/502 INTEGRATION_FAILURE). */
  | { error: "unreachable" }
  /** The service answered more than the 10 MB payload quota. */
  | { error: "too-large" };

export interface CallOptions {
  timeoutMs: number;
  dispatcher?: Dispatcher;
  maxResponseBytes?: number;
}

export function callAwsService(request: AwsServiceRequest, options: CallOptions): Promise<AwsServiceResponse | AwsServiceFailure> {
  const url = new URL(request.url);
  const dispatcher = options.dispatcher ?? getGlobalDispatcher();
  return new Promise((resolve) => {
    const handler = new BufferingHandler(resolve, options.timeoutMs, options.maxResponseBytes ?? PAYLOAD_LIMIT_BYTES);
    dispatcher.dispatch(
      {
        origin: url.origin,
        path: url.pathname + url.search,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body,
        // Our timer enforces the timeout; undici's own timers are backstops.
        headersTimeout: options.timeoutMs + 1_000,
        bodyTimeout: options.timeoutMs + 1_000,
      },
      handler,
    );
  });
}

class Aborted extends Error {}

class BufferingHandler implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | null = null;
  private readonly timer: NodeJS.Timeout;
  private settled = false;
  private status = 0;
  private headers: [string, string][] = [];
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  constructor(
    private readonly resolve: (outcome: AwsServiceResponse | AwsServiceFailure) => void,
    timeoutMs: number,
    private readonly maxBytes: number,
  ) {
    this.timer = setTimeout(() => this.fail({ error: "timeout" }), timeoutMs);
  }

  private fail(failure: AwsServiceFailure): void {
    this.settle(failure);
    this.controller?.abort(new Aborted(failure.error));
  }

  private settle(outcome: AwsServiceResponse | AwsServiceFailure): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.resolve(outcome);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.settled) controller.abort(new Aborted("settled"));
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200) return; // 1xx: the real answer follows
    this.status = statusCode;
    const raw = controller.rawHeaders;
    this.headers = Array.isArray(raw) ? pairsFromRaw(raw) : pairsFromObject(headers);
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    this.size += chunk.length;
    if (this.size > this.maxBytes) return this.fail({ error: "too-large" });
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    const body = new Uint8Array(this.size);
    let offset = 0;
    for (const chunk of this.chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    this.settle({ status: this.status, headers: this.headers, body });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (error instanceof Aborted) return;
    const code = (error as Error & { code?: string }).code;
    this.settle(code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" ? { error: "timeout" } : { error: "unreachable" });
  }
}

function pairsFromRaw(raw: readonly (Buffer | string)[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i].toString("latin1"), raw[i + 1].toString("latin1")]);
  return pairs;
}

function pairsFromObject(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, item]);
  }
  return pairs;
}
