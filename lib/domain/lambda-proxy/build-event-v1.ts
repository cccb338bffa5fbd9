/**
 * AWS API Gateway's Lambda proxy integration (AWS_PROXY), payload format 1.0: the event a REST API sends to
 * the function. Fields, nulls and formats follow AWS's "set-up-lambda-proxy-integrations" example and
 * LocalStack's AWS-validated snapshots: maps are null (not `{}`) when empty, the single-value maps hold the
 * last of repeated values, header names keep the client's casing, `requestContext.path` carries the stage.
 */
import { encodeBase64 } from "../mapping/base64";
import { isDroppedBeforeBackend, isDroppedOnArrival } from "../mapping/headers";
import { pairedMaps } from "./multi-value";
import { parseQueryString } from "./query-string";
import { formatRequestTime } from "./request-time";

export interface ProxyRequestV1 {
  httpMethod: string;
  /** The path below the stage, as the client sent it (decoded form AWS shows, e.g. "/pets/7"). */
  path: string;
  /** Headers in arrival order, names as sent: Node's rawHeaders as pairs. */
  headers: readonly (readonly [string, string])[];
  /** The query string without "?", still encoded. */
  rawQueryString: string;
  /** Decoded path parameters of the matched resource (`{proxy+}` included). */
  pathParameters: Readonly<Record<string, string>>;
  body: Uint8Array | null;
  /** The Content-Type is one of the API's binaryMediaTypes: the body travels base64-encoded. */
  isBinary: boolean;
  sourceIp: string;
  /** Defaults to "HTTP/1.1". */
  protocol?: string;
}

export interface ProxyIdentityV1 {
  accessKey?: string | null;
  accountId?: string | null;
  caller?: string | null;
  cognitoAuthenticationProvider?: string | null;
  cognitoAuthenticationType?: string | null;
  cognitoIdentityId?: string | null;
  cognitoIdentityPoolId?: string | null;
  principalOrgId?: string | null;
  user?: string | null;
  userArn?: string | null;
  /** Present only when the method requires an API key, as on AWS. */
  apiKey?: string;
  apiKeyId?: string;
  /** Present only for mutual TLS. */
  clientCert?: Record<string, unknown>;
}

export interface ProxyContextV1 {
  accountId: string;
  apiId: string;
  stage: string;
  deploymentId?: string;
  resourceId: string;
  /** The resource's path template, e.g. "/pets/{petId}"; also the event's `resource`. */
  resourcePath: string;
  requestId: string;
  extendedRequestId: string;
  /** Host the client called, without port. */
  domainName: string;
  /** Defaults to the first label of domainName. */
  domainPrefix?: string;
  stageVariables?: Readonly<Record<string, string>> | null;
  /** Epoch milliseconds of arrival. */
  now: number;
  /** Defaults to `/{stage}{path}`; a custom domain's base path mapping passes the path the client called. */
  requestContextPath?: string;
  identity?: ProxyIdentityV1;
  /** The authorizer's context (principalId, claims, ...); the key is omitted when there is none. */
  authorizer?: Readonly<Record<string, unknown>>;
}

export interface ProxyEventV1 {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: Record<string, unknown>;
  body: string | null;
  isBase64Encoded: boolean;
}

const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

export function buildProxyEventV1(request: ProxyRequestV1, ctx: ProxyContextV1): ProxyEventV1 {
  const headerPairs = request.headers.filter(([name]) => !isDroppedOnArrival(name) && !isDroppedBeforeBackend(name, "AWS_PROXY"));
  const headers = pairedMaps(headerPairs);
  const query = pairedMaps(parseQueryString(request.rawQueryString));
  const hasBody = request.body !== null && request.body.length > 0;
  const body = hasBody ? (request.isBinary ? encodeBase64(request.body!) : UTF8.decode(request.body!)) : null;

  return {
    resource: ctx.resourcePath,
    path: request.path,
    httpMethod: request.httpMethod,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: nonEmpty(request.pathParameters),
    stageVariables: nonEmpty(ctx.stageVariables ?? null),
    requestContext: requestContext(request, ctx, userAgent(headerPairs)),
    body,
    isBase64Encoded: hasBody && request.isBinary,
  };
}

function requestContext(request: ProxyRequestV1, ctx: ProxyContextV1, agent: string | null): Record<string, unknown> {
  const dot = ctx.domainName.indexOf(".");
  const context: Record<string, unknown> = {
    accountId: ctx.accountId,
    apiId: ctx.apiId,
  };
  if (ctx.authorizer) context.authorizer = { ...ctx.authorizer };
  if (ctx.deploymentId !== undefined) context.deploymentId = ctx.deploymentId;
  Object.assign(context, {
    domainName: ctx.domainName,
    domainPrefix: ctx.domainPrefix ?? (dot > 0 ? ctx.domainName.slice(0, dot) : ctx.domainName),
    extendedRequestId: ctx.extendedRequestId,
    httpMethod: request.httpMethod,
    identity: identity(ctx.identity ?? {}, request.sourceIp, agent),
    path: ctx.requestContextPath ?? `/${ctx.stage}${request.path}`,
    protocol: request.protocol ?? "HTTP/1.1",
    requestId: ctx.requestId,
    requestTime: formatRequestTime(ctx.now),
    requestTimeEpoch: ctx.now,
    resourceId: ctx.resourceId,
    resourcePath: ctx.resourcePath,
    stage: ctx.stage,
  });
  return context;
}

function identity(given: ProxyIdentityV1, sourceIp: string, agent: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = {
    accessKey: given.accessKey ?? null,
    accountId: given.accountId ?? null,
    caller: given.caller ?? null,
    cognitoAuthenticationProvider: given.cognitoAuthenticationProvider ?? null,
    cognitoAuthenticationType: given.cognitoAuthenticationType ?? null,
    cognitoIdentityId: given.cognitoIdentityId ?? null,
    cognitoIdentityPoolId: given.cognitoIdentityPoolId ?? null,
    principalOrgId: given.principalOrgId ?? null,
    sourceIp,
    user: given.user ?? null,
    userAgent: agent,
    userArn: given.userArn ?? null,
  };
  if (given.apiKey !== undefined) out.apiKey = given.apiKey;
  if (given.apiKeyId !== undefined) out.apiKeyId = given.apiKeyId;
  if (given.clientCert !== undefined) out.clientCert = given.clientCert;
  return out;
}

function userAgent(headers: readonly (readonly [string, string])[]): string | null {
  let agent: string | null = null;
  for (const [name, value] of headers) if (name.toLowerCase() === "user-agent") agent = value;
  return agent;
}

function nonEmpty(map: Readonly<Record<string, string>> | null): Record<string, string> | null {
  if (map === null || Object.keys(map).length === 0) return null;
  return { ...map };
}
