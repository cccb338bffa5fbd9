/**
 * AWS's HTTP_PROXY integration: the request goes to the backend as it came (method, path, query, headers,
 * body), the backend's status, headers and body come back streamed. No buffering in either direction, except
 * on a miss of a cached method, whose answer the cache stores (BufferingProxyHandler).
 */
import type { Readable } from "node:stream";
import type { Dispatcher, Pool } from "undici";
import type { Exchange } from "../pipeline/exchange";
import type { Integration, Outcome } from "../pipeline/stage";
import { forwardableBody, PayloadTooLargeError } from "./body-limit";
import { clientResponseHeaders, clientResponseHeadersFromObject, upstreamRequestHeaders } from "./http-proxy-headers";
import { buildUpstreamPath, type CompiledUri } from "./uri-template";
import { EXTENDED_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from "../pipeline/respond";
import { BAD_GATEWAY, STREAMED, TIMED_OUT, TOO_LARGE } from "../pipeline/outcomes";
import { MAX_CACHED_ITEM_BYTES } from "../../../lib/domain/stage-settings";
import { traceparentHeader, xrayHeader } from "../telemetry/trace-context";
import { logEndpointRequest, logEndpointResponse } from "../telemetry/execution-log-lines";
import { headerList } from "../telemetry/execution-log-format";
import { BodyHead } from "./body-capture";
import { captureRequestBody, headersOf, logRequestBody } from "./http-proxy-trace";

export interface HttpProxySettings {
  pool: Pool;
  uri: CompiledUri;
  /** Backend method; null forwards the client's (AWS's integration httpMethod ANY). */
  method: string | null;
  timeoutMs: number;
  maxBodyBytes: number;
}


export class HttpProxyIntegration implements Integration {
  readonly type = "HTTP_PROXY";

  constructor(private readonly settings: HttpProxySettings) {}

  invoke(ex: Exchange): Promise<Outcome> {
    const { pool, uri, method, timeoutMs, maxBodyBytes } = this.settings;
    const req = ex.req;
    const path = buildUpstreamPath(uri, ex.paramValues, ex.query);
    const question = path.indexOf("?");
    ex.integrationEndpoint = uri.origin + (question < 0 ? path : path.slice(0, question));
    const trace = ex.trace;
    const headers = upstreamRequestHeaders(req.rawHeaders, uri.host, ex.sourceIp, { traceparent: traceparentHeader(trace), xray: xrayHeader(trace) });
    // A stage before the proxy (body validation) may already have read the body: the stream is spent, so the
    // bytes it kept are what goes on.
    const buffered = ex.body?.ok ? ex.body.body : null;
    let body: Readable | Buffer | null = buffered ? (buffered.length > 0 ? buffered : null) : forwardableBody(req, maxBodyBytes);
    if (ex.exec?.info) {
      logEndpointRequest(ex, uri.origin + path, headers);
      // Data trace: the body streams through untouched; its first 1 KB is logged once it has passed.
      if (ex.exec.data) {
        if (body === null || Buffer.isBuffer(body)) logRequestBody(ex, body ?? Buffer.alloc(0));
        else body = captureRequestBody(ex, body);
      }
    }
    return new Promise<Outcome>((resolve) => {
      const options: Dispatcher.DispatchOptions = {
        path,
        method: method ?? req.method ?? "GET",
        headers,
        body,
        // Our own timer enforces timeoutInMillis (undici's header timer ticks in ~1 s steps); these are backstops.
        headersTimeout: timeoutMs + 1_000,
        bodyTimeout: timeoutMs,
      };
      // The cache stage marks a miss of a cached method; every other request streams.
      const handler = ex.cacheStatus === "miss" ? new BufferingProxyHandler(ex, resolve, timeoutMs) : new ProxyHandler(ex, resolve, timeoutMs);
      pool.dispatch(options, handler);
    });
  }
}

/** undici's dispatch handler: writes the backend's answer straight into the client response. */
class ProxyHandler implements Dispatcher.DispatchHandler {
  protected readonly startedAt = performance.now();
  private controller: Dispatcher.DispatchController | null = null;
  private readonly resumeUpstream = () => this.controller?.resume();
  protected timer: NodeJS.Timeout | null;
  protected settled = false;
  /** Data trace only: the first 1 KB of the backend's answer. */
  protected responseHead: BodyHead | null = null;

  constructor(
    protected readonly ex: Exchange,
    private readonly resolve: (outcome: Outcome) => void,
    timeoutMs: number,
  ) {
    this.timer = setTimeout(this.onTimeout, timeoutMs);
  }

  /** AWS's integration timeout: no response head within timeoutInMillis. */
  private readonly onTimeout = () => {
    this.timer = null;
    this.ex.integrationLatencyMs = -1;
    this.settle(TIMED_OUT);
    // Still queued for a connection: onRequestStart aborts it when it gets one.
    this.controller?.abort(new IntegrationTimeoutError());
  };

  protected settle(outcome: Outcome): void {
    if (this.settled) return;
    this.settled = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.resolve(outcome);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.settled) controller.abort(new IntegrationTimeoutError());
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200 || this.settled) return; // 1xx informational answers are not relayed
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const res = this.ex.res;
    if (res.destroyed) return controller.abort(new Error("client went away"));
    const raw = controller.rawHeaders;
    const out = Array.isArray(raw) ? clientResponseHeaders(raw) : clientResponseHeadersFromObject(headers);
    this.responded(statusCode, raw, headers);
    if (this.ex.exec?.info) this.ex.exec.add(`Method response headers: ${headerList(out)}`);
    out.push(REQUEST_ID_HEADER, this.ex.requestId, EXTENDED_REQUEST_ID_HEADER, this.ex.extendedRequestId);
    this.ex.status = statusCode;
    res.writeHead(statusCode, out);
  }

  /** The backend's answer has begun: its status is the integration status; the log says so. */
  protected responded(statusCode: number, raw: unknown, headers: Record<string, string | string[] | undefined>): void {
    const ex = this.ex;
    ex.integrationStatus = statusCode;
    if (!ex.exec?.info) return;
    const latency = Math.round(performance.now() - this.startedAt);
    const backendHeaders = ex.exec.data ? (Array.isArray(raw) ? (raw as (Buffer | string)[]).map((part) => part.toString("latin1")) : headersOf(headers)) : undefined;
    logEndpointResponse(ex, statusCode, latency, backendHeaders);
    if (ex.exec.data) this.responseHead = new BodyHead();
  }

  /** Data trace: the body as it came, which is also the body the client got (a proxy does not transform it). */
  protected loggedResponseBody(): void {
    const head = this.responseHead;
    if (!head) return;
    const body = head.bytes();
    this.ex.exec?.body("Endpoint response body before transformations", body);
    this.ex.exec?.body("Method response body after transformations", body);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const res = this.ex.res;
    if (res.destroyed) return controller.abort(new Error("client went away"));
    this.ex.responseLength += chunk.length;
    this.responseHead?.add(chunk);
    if (!res.write(chunk)) {
      controller.pause();
      res.once("drain", this.resumeUpstream);
    }
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.ex.integrationLatencyMs = Math.round(performance.now() - this.startedAt);
    this.loggedResponseBody();
    this.ex.res.end();
    this.settle(STREAMED);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.settled) return;
    const code = (error as Error & { code?: string }).code;
    const timedOut = code === "UND_ERR_HEADERS_TIMEOUT";
    this.ex.integrationLatencyMs = timedOut ? -1 : Math.round(performance.now() - this.startedAt);
    if (this.ex.res.headersSent) {
      // The answer is half-written: the only honest signal left is a cut connection.
      this.ex.res.destroy(error);
      this.settle(STREAMED);
      return;
    }
    if (error instanceof PayloadTooLargeError) this.settle(TOO_LARGE);
    else this.settle(timedOut ? TIMED_OUT : BAD_GATEWAY);
  }
}

/**
 * On a miss of a cached method: the answer is held and handed back as a buffered response, so the cache's response
 * stage can store it. An answer past AWS's 1 MB item limit cannot be cached, so from there on it streams as usual.
 */
class BufferingProxyHandler extends ProxyHandler {
  private status = 0;
  private headers: string[] = [];
  /** null once the answer outgrew the limit and streams. */
  private chunks: Buffer[] | null = [];
  private size = 0;

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200 || this.settled) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.ex.res.destroyed) return controller.abort(new Error("client went away"));
    const raw = controller.rawHeaders;
    this.status = statusCode;
    this.headers = Array.isArray(raw) ? clientResponseHeaders(raw) : clientResponseHeadersFromObject(headers);
    this.responded(statusCode, raw, headers);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.chunks === null) return super.onResponseData(controller, chunk);
    if (this.ex.res.destroyed) return controller.abort(new Error("client went away"));
    this.size += chunk.length;
    if (this.size <= MAX_CACHED_ITEM_BYTES) {
      this.chunks.push(chunk);
      return;
    }
    const held = this.chunks;
    this.chunks = null;
    for (const part of held) this.responseHead?.add(part);
    this.ex.status = this.status;
    this.ex.res.writeHead(this.status, this.headers.concat(REQUEST_ID_HEADER, this.ex.requestId, EXTENDED_REQUEST_ID_HEADER, this.ex.extendedRequestId));
    for (const part of held) this.ex.res.write(part);
    this.ex.responseLength = this.size - chunk.length;
    super.onResponseData(controller, chunk);
  }

  onResponseEnd(): void {
    if (this.chunks === null) return super.onResponseEnd();
    if (this.settled) return;
    this.ex.integrationLatencyMs = Math.round(performance.now() - this.startedAt);
    const body = Buffer.concat(this.chunks, this.size);
    // The method response (and its log lines) is written by sendResponse, after the cache stored it.
    this.ex.exec?.body("Endpoint response body before transformations", body);
    // A chunked backend answer has no length (Transfer-Encoding is hop-by-hop); the whole body has one now.
    if (!this.headers.some((part, i) => i % 2 === 0 && part.toLowerCase() === "content-length")) this.headers.push("content-length", String(body.length));
    this.settle({ kind: "response", response: { status: this.status, headers: this.headers, body } });
  }
}

class IntegrationTimeoutError extends Error {
  constructor() {
    super("integration timed out");
  }
}
