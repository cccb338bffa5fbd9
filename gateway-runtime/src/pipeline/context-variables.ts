/**
 * AWS's $context for REST APIs, built from the exchange when a mapping template, a parameter mapping or a
 * Lambda event needs it (never for plain proxied requests). Names and formats follow AWS's "mapping template
 * and access logging variable reference"; values the runtime does not have yet (authorizers, WAF, client
 * certificates) are present and empty, as AWS leaves them when the feature is not in use.
 */
import type { Exchange } from "./exchange";
import { formatRequestTime } from "../../../lib/domain/lambda-proxy/request-time";
import { xrayTraceId } from "../telemetry/trace-context";

export interface ContextOptions {
  accountId: string;
  /** $context.error.* for gateway responses and templates rendered after an error. */
  error?: { message: string; responseType: string; validationErrorString?: string };
}

export function buildContextVariables(ex: Exchange, options: ContextOptions): Record<string, unknown> {
  const req = ex.req;
  const host = req.headers.host ?? "";
  const domainName = host.replace(/:\d+$/, "");
  const dot = domainName.indexOf(".");
  const error = options.error;
  return {
    accountId: options.accountId,
    apiId: ex.restApiId,
    authorizer: {},
    awsEndpointRequestId: "",
    deploymentId: ex.stage?.deploymentId ?? "",
    domainName,
    domainPrefix: dot > 0 ? domainName.slice(0, dot) : domainName,
    error: {
      message: error?.message ?? "",
      // AWS: the message as a JSON string literal, quotes included, for `{"message":$context.error.messageString}`.
      messageString: error ? JSON.stringify(error.message) : "",
      responseType: error?.responseType ?? "",
      validationErrorString: error?.validationErrorString ?? "",
    },
    extendedRequestId: ex.extendedRequestId,
    httpMethod: req.method ?? "",
    identity: {
      accountId: "",
      apiKey: "",
      apiKeyId: "",
      caller: "",
      clientCert: {},
      cognitoAuthenticationProvider: "",
      cognitoAuthenticationType: "",
      cognitoIdentityId: "",
      cognitoIdentityPoolId: "",
      principalOrgId: "",
      sourceIp: ex.sourceIp,
      user: "",
      userAgent: req.headers["user-agent"] ?? "",
      userArn: "",
      vpcId: "",
      vpceId: "",
    },
    isCanaryRequest: ex.isCanary,
    path: ex.stageName ? `/${ex.stageName}${ex.path}` : ex.path,
    protocol: `HTTP/${req.httpVersion}`,
    requestId: ex.requestId,
    requestOverride: { header: {}, path: {}, querystring: {} },
    responseOverride: { header: {} },
    requestTime: formatRequestTime(ex.arrivedAtMs),
    requestTimeEpoch: ex.arrivedAtMs,
    resourceId: ex.resource?.id ?? "",
    resourcePath: ex.resource?.path ?? "",
    stage: ex.stageName,
    wafResponseCode: "",
    webaclArn: "",
    xrayTraceId: xrayTraceId(ex.trace),
  };
}
