/**
 * AWS's HTTP (non-proxy) back end: the mapped request goes to the endpoint URI (stage variables substituted at
 * compile time, `{name}` filled from integration.request.path.name), the whole answer is read (10 MB bound)
 * and its status code becomes the selector for integration responses.
 */
import type { Dispatcher, Pool } from "undici";
import { integrationRequestHeaders } from "../../../../lib/domain/mapping/backend-headers";
import type { Exchange } from "../../pipeline/exchange";
import type { Backend, BackendAnswer, BackendRequest } from "./backend";
import { TIMED_OUT, BAD_GATEWAY } from "../../pipeline/outcomes";
import { withTraceparent } from "../trace-headers";
import { logEndpointRequest } from "../../telemetry/execution-log-lines";
import { withoutQuery } from "../../telemetry/timeline";
import { xrayHeader } from "../../telemetry/trace-context";

export interface HttpBackendSettings {
  pool: Pool;
  /** Path and query of the endpoint URI, placeholders still in ("/pets/{id}?type=dog"). */
  pathTemplate: string;
  /** scheme://host[:port] of the endpoint. */
  origin: string;
  host: string;
  method: string;
  maxBodyBytes: number;
}

const PLACEHOLDER = /\{([^}]+)\}/g;
const TOO_LARGE_ANSWER: BackendAnswer = {
  kind: "error",
  outcome: { kind: "gateway-error", type: "INTEGRATION_FAILURE", status: 502 },
};

export function buildPath(template: string, path: Readonly<Record<string, string>>, query: Readonly<Record<string, string[]>>): string {
  let out = template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(path[name.replace(/\+$/, "")] ?? ""));
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(query)) for (const value of values) params.append(name, value);
  const extra = params.toString();
  if (extra) out += (out.includes("?") ? "&" : "?") + extra;
  return out;
}

export class HttpBackend implements Backend {
  constructor(private readonly settings: HttpBackendSettings) {}

  async call(ex: Exchange, request: BackendRequest): Promise<BackendAnswer> {
    const s = this.settings;
    const headers = withTraceparent(
      integrationRequestHeaders(request.header, "HTTP", {
        restApiId: ex.restApiId,
        httpMethod: s.method,
        contentType: request.contentType,
        traceId: xrayHeader(ex.trace),
      }),
      ex.trace,
    );
    headers.host = s.host;
    const path = buildPath(s.pathTemplate, request.path, request.querystring);
    ex.integrationEndpoint = s.origin + withoutQuery(path);
    if (ex.exec?.info) logEndpointRequest(ex, s.origin + path, headers, request.body);
    const timeoutMs = Math.max(1, request.deadlineMs - Date.now());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const options: Dispatcher.RequestOptions = {
        path,
        method: s.method as Dispatcher.HttpMethod,
        headers,
        body: s.method === "GET" || s.method === "HEAD" ? null : Buffer.from(request.body),
        signal: controller.signal,
        headersTimeout: timeoutMs + 1_000,
        bodyTimeout: timeoutMs + 1_000,
      };
      const response = await s.pool.request(options);
      ex.integrationStatus = response.statusCode;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > s.maxBodyBytes) {
          response.body.destroy();
          return TOO_LARGE_ANSWER;
        }
        chunks.push(chunk);
      }
      const answerHeaders: Record<string, string[]> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value === undefined) continue;
        answerHeaders[name] = Array.isArray(value) ? value : [value];
      }
      const contentType = answerHeaders["content-type"]?.[0];
      return { kind: "answer", selector: String(response.statusCode), headers: answerHeaders, body: Buffer.concat(chunks, size), contentType };
    } catch {
      if (controller.signal.aborted) {
        ex.integrationLatencyMs = -1;
        return { kind: "error", outcome: TIMED_OUT };
      }
      return { kind: "error", outcome: BAD_GATEWAY };
    } finally {
      clearTimeout(timer);
    }
  }
}
