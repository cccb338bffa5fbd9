/**
 * AWS's Lambda proxy integration (AWS_PROXY, payload format 1.0): the whole request becomes the event, the
 * function's `{statusCode, headers, multiValueHeaders, body, isBase64Encoded}` becomes the response. A function
 * error or a malformed answer is AWS's 502 `{"message": "Internal server error"}`.
 */
import { buildProxyEventV1 } from "../../../lib/domain/lambda-proxy/build-event-v1";
import { parseProxyResponseV1 } from "../../../lib/domain/lambda-proxy/parse-response-v1";
import { isBinaryMediaType } from "../../../lib/domain/mapping/media-types";
import type { Exchange } from "../pipeline/exchange";
import { decodePathValue } from "../pipeline/exchange";
import { readRequestBody } from "../pipeline/read-body";
import type { Integration, Outcome } from "../pipeline/stage";
import type { LambdaRuntime } from "../lambda/lambda-runtime";
import { substituteStageVariables } from "./stage-variables";
import { BAD_GATEWAY, CONFIG_ERROR, TIMED_OUT, TOO_LARGE } from "../pipeline/outcomes";
import { traceparentHeader, xrayHeader } from "../telemetry/trace-context";
import { logEndpointRequest, logEndpointResponse } from "../telemetry/execution-log-lines";
import { lambdaInvokeUri } from "./lambda-invoke-uri";

export interface LambdaProxySettings {
  lambda: LambdaRuntime;
  functionArn: string;
  timeoutMs: number;
  maxBodyBytes: number;
  accountId: string;
  binaryMediaTypes: readonly string[];
  report(ex: Exchange, message: string): void;
}


export class LambdaProxyIntegration implements Integration {
  readonly type = "AWS_PROXY";

  constructor(private readonly settings: LambdaProxySettings) {}

  async invoke(ex: Exchange): Promise<Outcome> {
    const s = this.settings;
    const read = await readRequestBody(ex, s.maxBodyBytes);
    if (!read.ok) return TOO_LARGE;
    const req = ex.req;
    const raw = req.rawHeaders;
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const lower = raw[i].toLowerCase();
      // The function sees the gateway's trace headers (its span as parent), not the caller's.
      if (lower !== "traceparent" && lower !== "x-amzn-trace-id") headers.push([raw[i], raw[i + 1]]);
    }
    headers.push(["traceparent", traceparentHeader(ex.trace)], ["X-Amzn-Trace-Id", xrayHeader(ex.trace)]);
    const pathParameters = ex.pathParameters();
    const host = (req.headers.host ?? "").replace(/:\d+$/, "");
    const stageVariables = ex.stage?.variables ?? {};
    const event = buildProxyEventV1(
      {
        httpMethod: req.method ?? "GET",
        path: decodePathValue(ex.path),
        headers,
        rawQueryString: ex.query,
        pathParameters,
        body: read.body.length > 0 ? read.body : null,
        isBinary: isBinaryMediaType(req.headers["content-type"], s.binaryMediaTypes),
        sourceIp: ex.sourceIp,
        protocol: `HTTP/${req.httpVersion}`,
      },
      {
        accountId: s.accountId,
        apiId: ex.restApiId,
        stage: ex.stageName,
        deploymentId: ex.stage?.deploymentId,
        resourceId: ex.resource?.id ?? "",
        resourcePath: ex.resource?.path ?? "",
        requestId: ex.requestId,
        extendedRequestId: ex.extendedRequestId,
        domainName: host,
        stageVariables: Object.keys(stageVariables).length > 0 ? stageVariables : null,
        now: ex.arrivedAtMs,
      },
    );
    const deadlineMs = Date.now() + s.timeoutMs;
    const started = performance.now();
    const arn = substituteStageVariables(s.functionArn, stageVariables);
    ex.integrationEndpoint = arn;
    // Data trace only: the event is the endpoint request body (never stringified at INFO).
    if (ex.exec?.info) logEndpointRequest(ex, lambdaInvokeUri(s.lambda.region, arn), {}, ex.exec.data ? JSON.stringify(event) : undefined);
    const invocation = await s.lambda.invoke(arn, event, { requestId: ex.requestId, deadlineMs });
    ex.integrationLatencyMs = Math.round(performance.now() - started);
    if (invocation.kind === "deadline") {
      ex.integrationLatencyMs = -1;
      return TIMED_OUT;
    }
    if (invocation.kind !== "result") {
      s.report(ex, `Execution failed due to configuration error: ${invocation.reason}`);
      return CONFIG_ERROR;
    }
    const result = invocation.result;
    if (ex.exec?.info) {
      const payload = ex.exec.data ? (result.ok ? result.payload : JSON.stringify(result.error)) : undefined;
      logEndpointResponse(ex, 200, ex.integrationLatencyMs, undefined, payload);
    }
    if (!result.ok) {
      s.report(ex, `Lambda execution failed with status 200 due to customer function error: ${result.error.errorMessage}`);
      return BAD_GATEWAY;
    }
    const parsed = parseProxyResponseV1(result.payload, { accept: req.headers.accept, binaryMediaTypes: s.binaryMediaTypes });
    if (!parsed.ok) {
      s.report(ex, `Execution failed due to configuration error: ${parsed.reason}`);
      return { kind: "gateway-error", type: parsed.type, status: parsed.status };
    }
    // The function's statusCode ($context.integration.integrationStatus on AWS, whose integration.status is Lambda's 200).
    ex.integrationStatus = parsed.status;
    const flat: string[] = [];
    let hasContentType = false;
    for (const [name, value] of parsed.headers) {
      const lower = name.toLowerCase();
      if (lower === "content-length" || lower === "transfer-encoding" || lower === "connection") continue;
      if (lower === "content-type") hasContentType = true;
      flat.push(name, value);
    }
    if (!hasContentType) flat.push("Content-Type", "application/json");
    const body = Buffer.from(parsed.body.buffer, parsed.body.byteOffset, parsed.body.byteLength);
    flat.push("Content-Length", String(body.length));
    return { kind: "response", response: { status: parsed.status, headers: flat, body } };
  }
}
