/**
 * AWS's access log format for REST API stages (Stage.accessLogSettings.format): one line of text with
 * `$context.*` variables, the console's CLF, JSON, XML and CSV presets, the check AWS makes on save (the format
 * must carry $context.requestId or $context.extendedRequestId) and rendering, where an empty value prints "-"
 * as in AWS's logs. Pure: the runtime supplies the values.
 */

/** The presets AWS's console offers, verbatim in their variables and order. */
export const ACCESS_LOG_PRESETS = {
  CLF:
    '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
  JSON:
    '{ "requestId":"$context.requestId", "extendedRequestId":"$context.extendedRequestId", "ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod", "resourcePath":"$context.resourcePath", "status":"$context.status", "protocol":"$context.protocol", "responseLength":"$context.responseLength" }',
  XML:
    '<request id="$context.requestId"> <extendedRequestId>$context.extendedRequestId</extendedRequestId> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> </request>',
  CSV: "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,$context.responseLength,$context.requestId,$context.extendedRequestId",
} as const;
export type AccessLogPreset = keyof typeof ACCESS_LOG_PRESETS;

/** The $context variables an access log line may use (AWS's "variables for access logging" for REST APIs). */
export const ACCESS_LOG_VARIABLES: readonly string[] = [
  "accountId",
  "apiId",
  "authorize.error",
  "authorize.latency",
  "authorize.status",
  "authenticate.error",
  "authenticate.latency",
  "authenticate.status",
  "authorizer.error",
  "authorizer.integrationLatency",
  "authorizer.integrationStatus",
  "authorizer.latency",
  "authorizer.principalId",
  "authorizer.requestId",
  "authorizer.status",
  "awsEndpointRequestId",
  "deploymentId",
  "domainName",
  "domainPrefix",
  "error.message",
  "error.messageString",
  "error.responseType",
  "error.validationErrorString",
  "extendedRequestId",
  "httpMethod",
  "identity.accountId",
  "identity.apiKeyId",
  "identity.caller",
  "identity.cognitoAuthenticationProvider",
  "identity.cognitoAuthenticationType",
  "identity.cognitoIdentityId",
  "identity.cognitoIdentityPoolId",
  "identity.principalOrgId",
  "identity.sourceIp",
  "identity.user",
  "identity.userAgent",
  "identity.userArn",
  "integration.error",
  "integration.integrationStatus",
  "integration.latency",
  "integration.requestId",
  "integration.status",
  "integrationErrorMessage",
  "integrationLatency",
  "integrationStatus",
  "isCanaryRequest",
  "path",
  "protocol",
  "requestId",
  "requestTime",
  "requestTimeEpoch",
  "resourceId",
  "resourcePath",
  "responseLatency",
  "responseLength",
  "stage",
  "status",
  "waf.error",
  "waf.latency",
  "waf.status",
  "wafResponseCode",
  "webaclArn",
  "xrayTraceId",
];
const KNOWN = new Set(ACCESS_LOG_VARIABLES);
/** Claims and values an authorizer returns are open-ended: `$context.authorizer.claims.email`, `$context.authorizer.key`. */
const OPEN_PREFIXES = ["authorizer.claims.", "authorizer."];

/** AWS keeps a format to one line; 3 KB is well above the presets and bounds what every request renders. */
export const ACCESS_LOG_FORMAT_MAX_LENGTH = 3_072;

export type AccessLogSegment = { text: string } | { variable: string };

export type ParsedAccessLogFormat = { ok: true; segments: AccessLogSegment[] } | { ok: false; message: string };

const VARIABLE = /\$context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g;

/** Splits a format into text and variables, refusing what AWS refuses and names it does not know. */
export function parseAccessLogFormat(format: string): ParsedAccessLogFormat {
  if (format.trim() === "") return { ok: false, message: "The access log format is empty." };
  if (format.length > ACCESS_LOG_FORMAT_MAX_LENGTH) {
    return { ok: false, message: `The access log format is ${format.length} characters; at most ${ACCESS_LOG_FORMAT_MAX_LENGTH} are allowed.` };
  }
  if (/[\r\n]/.test(format)) return { ok: false, message: "The access log format must be a single line." };
  const segments: AccessLogSegment[] = [];
  const unknown: string[] = [];
  let last = 0;
  for (const match of format.matchAll(VARIABLE)) {
    const name = match[1];
    if (!KNOWN.has(name) && !OPEN_PREFIXES.some((prefix) => name.startsWith(prefix))) unknown.push(`$context.${name}`);
    if (match.index > last) segments.push({ text: format.slice(last, match.index) });
    segments.push({ variable: name });
    last = match.index + match[0].length;
  }
  if (last < format.length) segments.push({ text: format.slice(last) });
  if (unknown.length > 0) return { ok: false, message: `Unknown access log variable${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.` };
  if (!segments.some((s) => "variable" in s && (s.variable === "requestId" || s.variable === "extendedRequestId"))) {
    return { ok: false, message: "The access log format must include $context.requestId or $context.extendedRequestId." };
  }
  return { ok: true, segments };
}

export type AccessLogValue = string | number | boolean | null | undefined;

/** One request's line; a missing or empty value prints "-", as in AWS's access logs. */
export function renderAccessLog(segments: readonly AccessLogSegment[], value: (variable: string) => AccessLogValue): string {
  let out = "";
  for (const segment of segments) {
    if ("text" in segment) {
      out += segment.text;
      continue;
    }
    const v = value(segment.variable);
    out += v === null || v === undefined || v === "" ? "-" : String(v);
  }
  return out;
}

/** AWS's accessLogSettings; destinationArn names where lines go (Portico stores them with the stage's logs). */
export interface AccessLogSettings {
  format: string;
  destinationArn: string;
}
