import { describe, expect, it } from "vitest";
import { DEFAULT_GATEWAY_RESPONSE_TEMPLATE, GATEWAY_RESPONSE_DEFAULTS, gatewayResponseClass } from "./catalog";

const byType = (type: string) => GATEWAY_RESPONSE_DEFAULTS.find((d) => d.responseType === type)!;

describe("gateway response catalog", () => {
  it("lists AWS's 21 response types, each with the default template", () => {
    expect(GATEWAY_RESPONSE_DEFAULTS).toHaveLength(21);
    for (const d of GATEWAY_RESPONSE_DEFAULTS) {
      expect(d.responseTemplates).toEqual({ "application/json": DEFAULT_GATEWAY_RESPONSE_TEMPLATE });
      expect(d.defaultResponse).toBe(true);
    }
  });

  it("shows default status codes as AWS's GetGatewayResponse does (strings; none for DEFAULT_4XX/5XX)", () => {
    expect(byType("MISSING_AUTHENTICATION_TOKEN").statusCode).toBe("403");
    expect(byType("REQUEST_TOO_LARGE").statusCode).toBe("413");
    expect(byType("WAF_FILTERED").statusCode).toBe("403");
    expect(byType("DEFAULT_4XX").statusCode).toBeNull();
    expect(byType("DEFAULT_5XX").statusCode).toBeNull();
  });

  it("puts each type in the class whose DEFAULT_* stands in for it", () => {
    expect(gatewayResponseClass("THROTTLED")).toBe("4XX");
    expect(gatewayResponseClass("UNAUTHORIZED")).toBe("4XX");
    expect(gatewayResponseClass("INTEGRATION_TIMEOUT")).toBe("5XX");
    expect(gatewayResponseClass("AUTHORIZER_FAILURE")).toBe("5XX");
    expect(gatewayResponseClass("DEFAULT_5XX")).toBe("5XX");
  });

  it("carries the exact default body", () => {
    expect(byType("THROTTLED").defaultBody).toBe('{"message":"Too Many Requests"}');
    expect(byType("INTEGRATION_FAILURE").defaultBody).toBe('{"message": "Internal server error"}');
  });
});
