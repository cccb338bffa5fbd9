/**
 * AWS API Gateway's gateway response types as GetGatewayResponses shows them before any customisation:
 * default status, default template and default headers, plus the status class (4XX/5XX) that decides whether
 * DEFAULT_4XX or DEFAULT_5XX stands in for a type. For the console's list and the management API.
 */
import {
  GATEWAY_RESPONSE_TYPES,
  GATEWAY_RESPONSES,
  gatewayResponseBody,
  type GatewayResponseType,
} from "../gateway-responses";

/** AWS's default template for every type (AWS renders a few integration errors with a space; see `defaultBody`). */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}';

export type GatewayResponseClass = "4XX" | "5XX";

export interface GatewayResponseDefault {
  responseType: GatewayResponseType;
  /** As GetGatewayResponse returns it: a string, absent (null) for DEFAULT_4XX and DEFAULT_5XX. */
  statusCode: string | null;
  statusClass: GatewayResponseClass;
  defaultResponse: true;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  /** `x-amzn-ErrorType` sent with it, if any. */
  errorType: string | null;
  /** The exact body AWS sends when nothing is customised. */
  defaultBody: string;
  description: string;
}

// Condensed from AWS's "Gateway response types" table.
const DESCRIPTIONS: Readonly<Record<GatewayResponseType, string>> = {
  ACCESS_DENIED: "Authorization failed, e.g. a Lambda or Cognito authorizer denied access.",
  API_CONFIGURATION_ERROR:
    "Invalid API configuration: bad endpoint address, failed base64 decoding, or no integration response template matched.",
  AUTHORIZER_CONFIGURATION_ERROR: "The Lambda or Cognito authorizer could not be reached.",
  AUTHORIZER_FAILURE: "The Lambda or Cognito authorizer failed to authenticate the caller.",
  BAD_REQUEST_PARAMETERS: "A required request parameter is missing (request validator).",
  BAD_REQUEST_BODY: "The request body does not match the method's model (request validator).",
  DEFAULT_4XX: "Fallback for every 4XX type without its own customisation; its status replaces theirs.",
  DEFAULT_5XX: "Fallback for every 5XX type without its own customisation; its status replaces theirs.",
  EXPIRED_TOKEN: "The AWS authentication token has expired.",
  INTEGRATION_FAILURE: "The integration failed.",
  INTEGRATION_TIMEOUT: "The integration timed out.",
  INVALID_API_KEY: "The API key is missing or invalid for a method that requires one.",
  INVALID_SIGNATURE: "The AWS signature is invalid.",
  MISSING_AUTHENTICATION_TOKEN: "No resource or method matches the request, or the authentication token is missing.",
  QUOTA_EXCEEDED: "The usage plan quota is exhausted.",
  REQUEST_TOO_LARGE: "The request is too large.",
  RESOURCE_NOT_FOUND: "The resource was not found after authentication and authorization passed.",
  THROTTLED: "A usage plan, method, stage or account throttling limit was exceeded.",
  UNAUTHORIZED: "The Lambda or Cognito authorizer rejected the caller's credentials.",
  UNSUPPORTED_MEDIA_TYPE: "No mapping template matches the Content-Type and passthrough is refused.",
  WAF_FILTERED: "AWS WAF blocked the request.",
};

/** DEFAULT_5XX and the types whose default status is 5xx answer to DEFAULT_5XX; all others to DEFAULT_4XX. */
export function gatewayResponseClass(type: GatewayResponseType): GatewayResponseClass {
  if (type === "DEFAULT_5XX") return "5XX";
  if (type === "DEFAULT_4XX") return "4XX";
  return (GATEWAY_RESPONSES[type].status ?? 400) >= 500 ? "5XX" : "4XX";
}

export const GATEWAY_RESPONSE_DEFAULTS: readonly GatewayResponseDefault[] = GATEWAY_RESPONSE_TYPES.map((type) => {
  const def = GATEWAY_RESPONSES[type];
  return {
    responseType: type,
    statusCode: def.status === null ? null : String(def.status),
    statusClass: gatewayResponseClass(type),
    defaultResponse: true,
    responseParameters: {},
    responseTemplates: { "application/json": DEFAULT_GATEWAY_RESPONSE_TEMPLATE },
    errorType: def.errorType,
    defaultBody: gatewayResponseBody(type),
    description: DESCRIPTIONS[type],
  };
});
