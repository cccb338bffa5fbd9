/**
 * AWS API Gateway's gateway response types (the answers the gateway itself makes, not the backend):
 * default status, message and `x-amzn-ErrorType` header. One table, pure data; the runtime renders the
 * bytes once at start-up and the console lists the types for customisation.
 * The list is AWS's complete one: PutGatewayResponse accepts exactly these 21 `responseType` values.
 * Customisations (PutGatewayResponse) are applied by `gateway-responses/resolve.ts`; the console's list with
 * default templates is `gateway-responses/catalog.ts`.
 */
export const GATEWAY_RESPONSE_TYPES = [
  "ACCESS_DENIED",
  "API_CONFIGURATION_ERROR",
  "AUTHORIZER_CONFIGURATION_ERROR",
  "AUTHORIZER_FAILURE",
  "BAD_REQUEST_PARAMETERS",
  "BAD_REQUEST_BODY",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "EXPIRED_TOKEN",
  "INTEGRATION_FAILURE",
  "INTEGRATION_TIMEOUT",
  "INVALID_API_KEY",
  "INVALID_SIGNATURE",
  "MISSING_AUTHENTICATION_TOKEN",
  "QUOTA_EXCEEDED",
  "REQUEST_TOO_LARGE",
  "RESOURCE_NOT_FOUND",
  "THROTTLED",
  "UNAUTHORIZED",
  "UNSUPPORTED_MEDIA_TYPE",
  "WAF_FILTERED",
] as const;
export type GatewayResponseType = (typeof GATEWAY_RESPONSE_TYPES)[number];

export interface GatewayResponseDefinition {
  /** AWS's default status; null for DEFAULT_4XX/DEFAULT_5XX, which only lend their settings to other types. */
  status: number | null;
  message: string;
  /** Value of the `x-amzn-ErrorType` header; null where AWS sends none. */
  errorType: string | null;
  /**
   * AWS renders `{"message":$context.error.messageString}`, yet the integration-side errors come out with a
   * space after the colon (`{"message": "Internal server error"}`) and ACCESS_DENIED with a capital `Message`.
   * Clients compare these bodies byte for byte, so the shape is part of the table.
   */
  shape: "compact" | "spaced" | "capitalised";
}

export const GATEWAY_RESPONSES: Readonly<Record<GatewayResponseType, GatewayResponseDefinition>> = {
  ACCESS_DENIED: {
    status: 403,
    message: "User is not authorized to access this resource with an explicit deny",
    errorType: "AccessDeniedException",
    shape: "capitalised",
  },
  // AWS-BEHAVIOUR lists no x-amzn-ErrorType for configuration errors.
  API_CONFIGURATION_ERROR: { status: 500, message: "Internal server error", errorType: null, shape: "spaced" },
  AUTHORIZER_CONFIGURATION_ERROR: {
    status: 500,
    message: "Internal server error",
    errorType: "AuthorizerConfigurationException",
    shape: "spaced",
  },
  AUTHORIZER_FAILURE: { status: 500, message: "Internal server error", errorType: "AuthorizerFailureException", shape: "spaced" },
  BAD_REQUEST_PARAMETERS: { status: 400, message: "Missing required request parameters", errorType: "BadRequestException", shape: "spaced" },
  BAD_REQUEST_BODY: { status: 400, message: "Invalid request body", errorType: "BadRequestException", shape: "spaced" },
  DEFAULT_4XX: { status: null, message: "Bad Request", errorType: null, shape: "compact" },
  DEFAULT_5XX: { status: null, message: "Internal server error", errorType: null, shape: "spaced" },
  EXPIRED_TOKEN: {
    status: 403,
    message: "The security token included in the request is expired",
    errorType: "ExpiredTokenException",
    shape: "compact",
  },
  // AWS's default status is 504, but an unreachable HTTP backend answers 502 (the integration passes the status).
  INTEGRATION_FAILURE: { status: 504, message: "Internal server error", errorType: "InternalServerErrorException", shape: "spaced" },
  INTEGRATION_TIMEOUT: { status: 504, message: "Endpoint request timed out", errorType: "InternalServerErrorException", shape: "spaced" },
  INVALID_API_KEY: { status: 403, message: "Forbidden", errorType: "ForbiddenException", shape: "compact" },
  INVALID_SIGNATURE: {
    status: 403,
    message:
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    errorType: "InvalidSignatureException",
    shape: "compact",
  },
  MISSING_AUTHENTICATION_TOKEN: {
    status: 403,
    message: "Missing Authentication Token",
    errorType: "MissingAuthenticationTokenException",
    shape: "compact",
  },
  QUOTA_EXCEEDED: { status: 429, message: "Limit Exceeded", errorType: "LimitExceededException", shape: "compact" },
  REQUEST_TOO_LARGE: { status: 413, message: "Request Too Long", errorType: "RequestTooLargeException", shape: "compact" },
  RESOURCE_NOT_FOUND: { status: 404, message: "Not Found", errorType: "ResourceNotFoundException", shape: "compact" },
  THROTTLED: { status: 429, message: "Too Many Requests", errorType: "TooManyRequestsException", shape: "compact" },
  UNAUTHORIZED: { status: 401, message: "Unauthorized", errorType: "UnauthorizedException", shape: "compact" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Unsupported Media Type", errorType: "BadRequestException", shape: "spaced" },
  WAF_FILTERED: { status: 403, message: "Forbidden", errorType: "WafFilteredException", shape: "compact" },
};

/** The body AWS sends for a type, exactly; `message` overrides the default (e.g. the missing parameters list). */
export function gatewayResponseBody(type: GatewayResponseType, message?: string): string {
  const def = GATEWAY_RESPONSES[type];
  const text = JSON.stringify(message ?? def.message);
  if (def.shape === "spaced") return `{"message": ${text}}`;
  if (def.shape === "capitalised") return `{"Message":${text}}`;
  return `{"message":${text}}`;
}

/** Status for a type: its own, else 500 for DEFAULT_5XX and 400 for DEFAULT_4XX (AWS's fallbacks). */
export function gatewayResponseStatus(type: GatewayResponseType): number {
  return GATEWAY_RESPONSES[type].status ?? (type === "DEFAULT_5XX" ? 500 : 400);
}

export function isGatewayResponseType(value: string): value is GatewayResponseType {
  return (GATEWAY_RESPONSE_TYPES as readonly string[]).includes(value);
}
