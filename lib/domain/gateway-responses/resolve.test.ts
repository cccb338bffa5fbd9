import { describe, expect, it } from "vitest";
import { compileGatewayResponses, resolveGatewayResponse, type GatewayResponseCustomisation } from "./resolve";

const header = (headers: [string, string][], name: string) =>
  headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

describe("built-in gateway responses (nothing customised)", () => {
  it("keeps AWS's bodies, statuses and x-amzn-ErrorType byte for byte", () => {
    expect(resolveGatewayResponse("MISSING_AUTHENTICATION_TOKEN", [])).toEqual({
      status: 403,
      headers: [
        ["content-type", "application/json"],
        ["x-amzn-ErrorType", "MissingAuthenticationTokenException"],
      ],
      body: '{"message":"Missing Authentication Token"}',
    });
    expect(resolveGatewayResponse("INTEGRATION_TIMEOUT", []).body).toBe('{"message": "Endpoint request timed out"}');
    expect(resolveGatewayResponse("ACCESS_DENIED", []).body).toBe(
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    );
  });

  it("sends no x-amzn-ErrorType for a type that has none", () => {
    expect(header(resolveGatewayResponse("API_CONFIGURATION_ERROR", []).headers, "x-amzn-ErrorType")).toBeUndefined();
  });

  it("uses the runtime's message and status when given", () => {
    const r = resolveGatewayResponse("INTEGRATION_FAILURE", [], { status: 502 });
    expect(r.status).toBe(502);
    const p = resolveGatewayResponse("BAD_REQUEST_PARAMETERS", [], { message: "Missing required request parameters: [q]" });
    expect(p.body).toBe('{"message": "Missing required request parameters: [q]"}');
  });
});

describe("customised gateway responses (PutGatewayResponse)", () => {
  const cors: GatewayResponseCustomisation = {
    responseType: "DEFAULT_4XX",
    responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
  };

  it("applies DEFAULT_4XX's headers to a 4XX type without its own customisation, keeping the built-in body", () => {
    const r = resolveGatewayResponse("UNAUTHORIZED", [cors]);
    expect(r.status).toBe(401);
    expect(header(r.headers, "Access-Control-Allow-Origin")).toBe("*");
    expect(r.body).toBe('{"message":"Unauthorized"}');
  });

  it("does not apply DEFAULT_4XX to 5XX types", () => {
    const r = resolveGatewayResponse("INTEGRATION_TIMEOUT", [cors]);
    expect(header(r.headers, "Access-Control-Allow-Origin")).toBeUndefined();
  });

  it("uses a type's own customisation whole, without DEFAULT_4XX's headers", () => {
    const own: GatewayResponseCustomisation = {
      responseType: "UNAUTHORIZED",
      responseTemplates: { "application/json": '{"error":$context.error.messageString}' },
    };
    const r = resolveGatewayResponse("UNAUTHORIZED", [cors, own]);
    expect(r.body).toBe('{"error":"Unauthorized"}');
    expect(header(r.headers, "Access-Control-Allow-Origin")).toBeUndefined();
  });

  it("changes the status of every 4XX type without its own status when DEFAULT_4XX sets one", () => {
    const custom = [
      { responseType: "DEFAULT_4XX", statusCode: "418" },
      { responseType: "THROTTLED", responseTemplates: { "application/json": "slow down" } },
      { responseType: "QUOTA_EXCEEDED", statusCode: "402" },
    ] satisfies GatewayResponseCustomisation[];
    const compiled = compileGatewayResponses(custom);
    expect(compiled.render("MISSING_AUTHENTICATION_TOKEN").status).toBe(418);
    expect(compiled.render("THROTTLED").status).toBe(418);
    expect(compiled.render("QUOTA_EXCEEDED").status).toBe(402);
    expect(compiled.render("DEFAULT_4XX").status).toBe(418);
    expect(compiled.render("INTEGRATION_FAILURE", { status: 502 }).status).toBe(502);
  });

  it("lets DEFAULT_5XX's status win over the runtime's status", () => {
    const r = resolveGatewayResponse("INTEGRATION_FAILURE", [{ responseType: "DEFAULT_5XX", statusCode: "503" }], { status: 502 });
    expect(r.status).toBe(503);
  });

  it("renders $context, $stageVariables and the JSON-quoted messageString in templates", () => {
    const custom: GatewayResponseCustomisation = {
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      responseTemplates: {
        "application/json":
          '{"message":$context.error.messageString,"raw":"$context.error.message","type":"$context.error.responseType","stage":"$context.stage","ip":"${context.identity.sourceIp}","v":"$stageVariables.version","none":"$context.nothing.here"}',
      },
    };
    const r = resolveGatewayResponse("MISSING_AUTHENTICATION_TOKEN", [custom], {
      context: { stage: "prod", identity: { sourceIp: "10.1.2.3" } },
      stageVariables: { version: "v2" },
    });
    expect(JSON.parse(r.body)).toEqual({
      message: "Missing Authentication Token",
      raw: "Missing Authentication Token",
      type: "MISSING_AUTHENTICATION_TOKEN",
      stage: "prod",
      ip: "10.1.2.3",
      v: "v2",
      none: "",
    });
  });

  it("fills $context.error.validationErrorString for request validation failures", () => {
    const custom: GatewayResponseCustomisation = {
      responseType: "BAD_REQUEST_BODY",
      responseTemplates: { "application/json": '{"message":$context.error.messageString,"errors":"$context.error.validationErrorString"}' },
    };
    const r = resolveGatewayResponse("BAD_REQUEST_BODY", [custom], { validationErrorString: "[string \"a\" is too short]" });
    expect(r.body).toBe('{"message":"Invalid request body","errors":"[string "a" is too short]"}');
  });

  it("leaves VTL it does not evaluate as written (templates are not VTL)", () => {
    const custom = { responseType: "THROTTLED", responseTemplates: { "application/json": "#if($x)$input.body#end" } } as const;
    expect(resolveGatewayResponse("THROTTLED", [custom]).body).toBe("#if($x)$input.body#end");
  });

  it("chooses the template by the request's Accept, else application/json, and sends its content type", () => {
    const custom: GatewayResponseCustomisation = {
      responseType: "DEFAULT_4XX",
      responseTemplates: { "application/json": "json", "text/html": "<p>html</p>" },
    };
    const compiled = compileGatewayResponses([custom]);
    const html = compiled.render("THROTTLED", { accept: "text/html,application/xhtml+xml;q=0.9" });
    expect(html.body).toBe("<p>html</p>");
    expect(header(html.headers, "content-type")).toBe("text/html");
    expect(compiled.render("THROTTLED", { accept: "image/png" }).body).toBe("json");
    expect(compiled.render("THROTTLED").body).toBe("json");
  });

  it("maps headers from static values, request parameters, $context and stage variables, skipping missing ones", () => {
    const custom: GatewayResponseCustomisation = {
      responseType: "DEFAULT_4XX",
      responseParameters: {
        "gatewayresponse.header.x-static": "'a.b.c'",
        "gatewayresponse.header.x-request-header": "method.request.header.Accept",
        "gatewayresponse.header.x-request-query": "method.request.querystring.q",
        "gatewayresponse.header.x-request-path": "method.request.path.petId",
        "gatewayresponse.header.x-request-id": "context.requestId",
        "gatewayresponse.header.x-version": "stageVariables.version",
        "gatewayresponse.header.x-missing": "method.request.header.nope",
      },
    };
    const r = resolveGatewayResponse("RESOURCE_NOT_FOUND", [custom], {
      request: { headers: { accept: "text/plain" }, querystring: { q: ["1", "2"] }, path: { petId: "7" } },
      context: { requestId: "req-1" },
      stageVariables: { version: "v2" },
    });
    expect(r.headers).toEqual([
      ["content-type", "application/json"],
      ["x-amzn-ErrorType", "ResourceNotFoundException"],
      ["x-static", "a.b.c"],
      ["x-request-header", "text/plain"],
      ["x-request-query", "2"],
      ["x-request-path", "7"],
      ["x-request-id", "req-1"],
      ["x-version", "v2"],
    ]);
  });

  it("lets a mapped Content-Type replace the default one", () => {
    const custom = {
      responseType: "DEFAULT_5XX",
      responseParameters: { "gatewayresponse.header.Content-Type": "'text/plain'" },
    } as const;
    const r = resolveGatewayResponse("API_CONFIGURATION_ERROR", [custom]);
    expect(r.headers.filter(([n]) => n.toLowerCase() === "content-type")).toEqual([["Content-Type", "text/plain"]]);
  });

  it("reports unusable status codes and mapping expressions instead of failing", () => {
    const compiled = compileGatewayResponses([
      { responseType: "THROTTLED", statusCode: "99", responseParameters: { "gatewayresponse.header.x": "$input.body", "bad.target": "'v'" } },
    ]);
    expect(compiled.problems).toHaveLength(3);
    expect(compiled.render("THROTTLED").status).toBe(429);
  });
});
