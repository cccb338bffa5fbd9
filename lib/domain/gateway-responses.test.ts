import { describe, expect, it } from "vitest";
import { GATEWAY_RESPONSE_TYPES, GATEWAY_RESPONSES, gatewayResponseBody, gatewayResponseStatus } from "./gateway-responses";

describe("gateway response table", () => {
  it("renders AWS's bodies byte for byte", () => {
    expect(gatewayResponseBody("MISSING_AUTHENTICATION_TOKEN")).toBe('{"message":"Missing Authentication Token"}');
    expect(gatewayResponseBody("INTEGRATION_TIMEOUT")).toBe('{"message": "Endpoint request timed out"}');
    expect(gatewayResponseBody("INTEGRATION_FAILURE")).toBe('{"message": "Internal server error"}');
    expect(gatewayResponseBody("THROTTLED")).toBe('{"message":"Too Many Requests"}');
    expect(gatewayResponseBody("BAD_REQUEST_PARAMETERS", "Missing required request parameters: [a, b]")).toBe(
      '{"message": "Missing required request parameters: [a, b]"}',
    );
    expect(gatewayResponseBody("ACCESS_DENIED")).toBe(
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    );
  });

  it("keeps AWS's default status per type", () => {
    expect(gatewayResponseStatus("MISSING_AUTHENTICATION_TOKEN")).toBe(403);
    expect(gatewayResponseStatus("INTEGRATION_FAILURE")).toBe(504);
    expect(gatewayResponseStatus("REQUEST_TOO_LARGE")).toBe(413);
    expect(gatewayResponseStatus("DEFAULT_5XX")).toBe(500);
    expect(GATEWAY_RESPONSES.MISSING_AUTHENTICATION_TOKEN.errorType).toBe("MissingAuthenticationTokenException");
  });

  it("has one entry per AWS type and no more", () => {
    expect(Object.keys(GATEWAY_RESPONSES).sort()).toEqual([...GATEWAY_RESPONSE_TYPES].sort());
    expect(GATEWAY_RESPONSE_TYPES).toHaveLength(21);
  });
});
