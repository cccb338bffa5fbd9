/**
 * AWS's access log line for one request: the stage's accessLogSettings.format (parsed at compile time) filled
 * with $context values from the exchange and its finished record. Variables Portico has no value for
 * (authorizers, WAF, Cognito identities) print "-", as AWS prints an empty value.
 */
import { renderAccessLog, type AccessLogSegment, type AccessLogValue } from "../../../lib/domain/observability/access-log";
import { formatRequestTime } from "../../../lib/domain/lambda-proxy/request-time";
import type { RequestLogRecord } from "../../../lib/domain/runtime-contract";
import type { Exchange } from "../pipeline/exchange";
import { xrayTraceId } from "./trace-context";

export function renderAccessLogLine(segments: readonly AccessLogSegment[], ex: Exchange, record: RequestLogRecord): string {
  return renderAccessLog(segments, (variable) => accessLogValue(variable, ex, record));
}

export function accessLogValue(variable: string, ex: Exchange, record: RequestLogRecord): AccessLogValue {
  switch (variable) {
    case "accountId":
      return ex.stage?.accountId;
    case "apiId":
      return ex.restApiId;
    case "deploymentId":
      return ex.stage?.deploymentId;
    case "domainName":
      return domainName(ex);
    case "domainPrefix": {
      const domain = domainName(ex);
      const dot = domain.indexOf(".");
      return dot > 0 ? domain.slice(0, dot) : domain;
    }
    case "error.message":
      return ex.errorMessage;
    case "error.messageString":
      return ex.errorMessage === null ? null : JSON.stringify(ex.errorMessage);
    case "error.responseType":
      return ex.errorType;
    case "error.validationErrorString":
      return ex.validationErrorString;
    case "extendedRequestId":
      return ex.extendedRequestId;
    case "httpMethod":
      return record.httpMethod;
    case "identity.apiKeyId":
      return ex.apiKeyId;
    case "identity.sourceIp":
      return ex.sourceIp;
    case "identity.userAgent":
      return record.userAgent;
    case "integration.integrationStatus":
    case "integration.status":
    case "integrationStatus":
      return ex.integrationStatus;
    case "integration.latency":
    case "integrationLatency":
      return ex.integrationLatencyMs;
    case "integration.error":
    case "integrationErrorMessage":
      // The integration's failure, when the gateway answered for it (timeouts, unreachable back ends, bad answers).
      return ex.integrationLatencyMs !== null && ex.errorType !== null ? ex.errorMessage : null;
    case "isCanaryRequest":
      // AWS: present only on stages with a canary.
      return ex.isCanary ? true : ex.stage?.canary ? false : null;
    case "path":
      return record.path;
    case "protocol":
      return record.protocol;
    case "requestId":
      return ex.requestId;
    case "requestTime":
      return formatRequestTime(ex.arrivedAtMs);
    case "requestTimeEpoch":
      return ex.arrivedAtMs;
    case "resourceId":
      return ex.resource?.id;
    case "resourcePath":
      return record.resourcePath;
    case "responseLatency":
      return record.latencyMs;
    case "responseLength":
      return record.responseLength;
    case "stage":
      return ex.stageName;
    case "status":
      return record.status;
    case "xrayTraceId":
      return xrayTraceId(ex.trace);
    default:
      return null;
  }
}

function domainName(ex: Exchange): string {
  return (ex.req.headers.host ?? "").replace(/:\d+$/, "");
}
