/**
 * AWS's AWS-service back end (`arn:aws:apigateway:{region}:{service}:action/X` or `path/...`): the mapped request
 * is sent to the service's endpoint (or the override configured for it) signed with SigV4, and the service's
 * status code selects the integration response.
 */
import { integrationRequestHeaders } from "../../../../lib/domain/mapping/backend-headers";
import type { Exchange } from "../../pipeline/exchange";
import { buildAwsServiceRequest, signAwsServiceRequest, type AwsCredentials } from "../aws-service/request";
import { callAwsService } from "../aws-service/call";
import type { AwsIntegrationUri } from "../aws-service/uri";
import type { Backend, BackendAnswer, BackendRequest } from "./backend";
import { CONFIG_ERROR, TIMED_OUT, BAD_GATEWAY } from "../../pipeline/outcomes";
import { withTraceparent } from "../trace-headers";
import { logEndpointRequest } from "../../telemetry/execution-log-lines";
import { withoutQuery } from "../../telemetry/timeline";
import { xrayHeader } from "../../telemetry/trace-context";

/** Credentials and endpoints for AWS service integrations (from the runtime's environment). */
export interface AwsServiceSettings {
  region?: string;
  credentials: AwsCredentials | null;
  endpointOverrides: Record<string, string>;
}

export class AwsServiceBackend implements Backend {
  constructor(
    private readonly uri: Exclude<AwsIntegrationUri, { kind: "lambda" }>,
    private readonly method: string,
    private readonly settings: AwsServiceSettings,
    private readonly report: (ex: Exchange, message: string) => void,
  ) {}

  async call(ex: Exchange, request: BackendRequest): Promise<BackendAnswer> {
    const credentials = this.settings.credentials;
    if (!credentials) {
      this.report(ex, "Execution failed due to configuration error: no AWS credentials are configured for service integrations");
      return { kind: "error", outcome: CONFIG_ERROR };
    }
    const headers = withTraceparent(
      integrationRequestHeaders(request.header, "AWS", { restApiId: ex.restApiId, httpMethod: this.method, contentType: request.contentType, traceId: xrayHeader(ex.trace) }),
      ex.trace,
    );
    const built = buildAwsServiceRequest(this.uri, {
      integrationHttpMethod: this.method,
      body: request.body,
      headers,
      querystring: request.querystring,
      pathParameters: request.path,
      endpointOverrides: this.settings.endpointOverrides,
      region: this.settings.region,
    });
    ex.integrationEndpoint = withoutQuery(built.url);
    // Logged before signing: the signature and the credentials' session token never reach the log.
    if (ex.exec?.info) logEndpointRequest(ex, built.url, built.headers, built.body ?? null);
    const signed = await signAwsServiceRequest(built, credentials);
    const answer = await callAwsService(signed, { timeoutMs: Math.max(1, request.deadlineMs - Date.now()) });
    if ("error" in answer) {
      if (answer.error === "timeout") {
        ex.integrationLatencyMs = -1;
        return { kind: "error", outcome: TIMED_OUT };
      }
      return { kind: "error", outcome: BAD_GATEWAY };
    }
    ex.integrationStatus = answer.status;
    const answerHeaders: Record<string, string[]> = {};
    for (const [name, value] of answer.headers) (answerHeaders[name] ??= []).push(value);
    const contentType = answer.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1];
    return { kind: "answer", selector: String(answer.status), headers: answerHeaders, body: answer.body, contentType };
  }
}

/** PORTICO_AWS_ACCESS_KEY_ID / _SECRET_ACCESS_KEY / _SESSION_TOKEN / _REGION and PORTICO_AWS_ENDPOINTS="dynamodb=http://...,sqs=...". */
export function awsServiceSettingsFromEnv(env: NodeJS.ProcessEnv): AwsServiceSettings {
  const accessKeyId = env.PORTICO_AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.PORTICO_AWS_SECRET_ACCESS_KEY;
  const endpointOverrides: Record<string, string> = {};
  for (const entry of (env.PORTICO_AWS_ENDPOINTS ?? "").split(",")) {
    const eq = entry.indexOf("=");
    if (eq > 0) endpointOverrides[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return {
    region: env.PORTICO_AWS_REGION || undefined,
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, ...(env.PORTICO_AWS_SESSION_TOKEN ? { sessionToken: env.PORTICO_AWS_SESSION_TOKEN } : {}) }
        : null,
    endpointOverrides,
  };
}
