import { describe, expect, it } from "vitest";
import { planEnableCors } from "./plan-enable-cors";

describe("planEnableCors (the console's Enable CORS)", () => {
  it("plans the console's OPTIONS method: MOCK, 200 with the three Access-Control-Allow headers", () => {
    const plan = planEnableCors({ resourcePath: "/pets", methods: ["GET", "POST"] });
    expect(plan.options).toEqual({
      create: true,
      method: { httpMethod: "OPTIONS", authorizationType: "NONE", apiKeyRequired: false },
      integration: {
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
        passthroughBehavior: "WHEN_NO_MATCH",
        timeoutInMillis: 29000,
      },
      methodResponse: {
        statusCode: "200",
        responseParameters: {
          "method.response.header.Access-Control-Allow-Headers": false,
          "method.response.header.Access-Control-Allow-Methods": false,
          "method.response.header.Access-Control-Allow-Origin": false,
        },
        responseModels: { "application/json": "Empty" },
      },
      integrationResponse: {
        statusCode: "200",
        responseParameters: {
          "method.response.header.Access-Control-Allow-Headers":
            "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
          "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS,POST'",
          "method.response.header.Access-Control-Allow-Origin": "'*'",
        },
        responseTemplates: {},
      },
    });
  });

  it("adds Access-Control-Allow-Origin to the 200 response of every other method", () => {
    const plan = planEnableCors({ resourcePath: "/pets", methods: ["GET", { httpMethod: "POST", integrationType: "AWS_PROXY" }] });
    expect(plan.methods).toEqual([
      {
        httpMethod: "GET",
        methodResponse: {
          statusCode: "200",
          responseParameters: { "method.response.header.Access-Control-Allow-Origin": false },
          responseModels: { "application/json": "Empty" },
        },
        integrationResponse: {
          statusCode: "200",
          responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
          responseTemplates: {},
        },
        proxy: false,
      },
      expect.objectContaining({ httpMethod: "POST", proxy: true }),
    ]);
  });

  it("expands ANY to every method in Access-Control-Allow-Methods, as the console does", () => {
    expect(planEnableCors({ resourcePath: "/{proxy+}", methods: ["ANY"] }).allowMethods).toBe(
      "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'",
    );
  });

  it("keeps an existing OPTIONS method and does not plan it as an actual method", () => {
    const plan = planEnableCors({ resourcePath: "/pets", methods: ["OPTIONS", "GET"] });
    expect(plan.options.create).toBe(false);
    expect(plan.methods.map((m) => m.httpMethod)).toEqual(["GET"]);
    expect(plan.allowMethods).toBe("'GET,OPTIONS'");
  });

  it("uses the caller's origin, headers and methods, quoting bare values", () => {
    const plan = planEnableCors({
      resourcePath: "/pets",
      methods: ["GET"],
      allowOrigin: "https://app.example.com",
      allowHeaders: "'Content-Type'",
      allowMethods: ["get", "put"],
    });
    expect(plan.options.integrationResponse.responseParameters).toEqual({
      "method.response.header.Access-Control-Allow-Headers": "'Content-Type'",
      "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS,PUT'",
      "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'",
    });
    expect(plan.methods[0].integrationResponse.responseParameters).toEqual({
      "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'",
    });
    expect(planEnableCors({ resourcePath: "/", methods: [], allowMethods: "'*'" }).allowMethods).toBe("'*'");
  });

  it("puts Max-Age on the preflight only and Expose-Headers on actual responses only", () => {
    const plan = planEnableCors({ resourcePath: "/pets", methods: ["GET"], maxAge: 600, exposeHeaders: "X-Total", allowCredentials: true });
    const preflight = plan.options.integrationResponse.responseParameters;
    expect(preflight["method.response.header.Access-Control-Max-Age"]).toBe("'600'");
    expect(preflight["method.response.header.Access-Control-Expose-Headers"]).toBeUndefined();
    expect(preflight["method.response.header.Access-Control-Allow-Credentials"]).toBe("'true'");
    expect(plan.options.methodResponse.responseParameters["method.response.header.Access-Control-Max-Age"]).toBe(false);
    expect(plan.methods[0].integrationResponse.responseParameters).toEqual({
      "method.response.header.Access-Control-Allow-Origin": "'*'",
      "method.response.header.Access-Control-Allow-Credentials": "'true'",
      "method.response.header.Access-Control-Expose-Headers": "'X-Total'",
    });
  });

  it("gives DEFAULT_4XX and DEFAULT_5XX the CORS headers when asked", () => {
    const plan = planEnableCors({ resourcePath: "/pets", methods: ["GET"], gatewayResponses: ["DEFAULT_4XX", "DEFAULT_5XX"] });
    expect(plan.gatewayResponses).toEqual([
      {
        responseType: "DEFAULT_4XX",
        responseParameters: {
          "gatewayresponse.header.Access-Control-Allow-Headers":
            "'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'",
          "gatewayresponse.header.Access-Control-Allow-Methods": "'GET,OPTIONS'",
          "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
        },
      },
      expect.objectContaining({ responseType: "DEFAULT_5XX" }),
    ]);
    expect(planEnableCors({ resourcePath: "/pets", methods: ["GET"] }).gatewayResponses).toEqual([]);
  });
});
