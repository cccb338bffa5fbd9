import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startBackend, startGateway } from "../test-support/servers";
import { integrationMethod, response } from "../test-support/integrations";

interface Seen {
  method?: string;
  url?: string;
  headers?: IncomingMessage["headers"];
  body?: string;
}

let seen: Seen = {};
let backend: Awaited<ReturnType<typeof startBackend>>;
let gw: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  backend = await startBackend((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() };
      if (req.url?.startsWith("/missing")) {
        res.writeHead(404, { "content-type": "application/json", "x-backend": "b" });
        res.end('{"error":{"code":"NOPE","message":"no such pet"}}');
        return;
      }
      if (req.url?.startsWith("/slow")) return setTimeout(() => res.end("{}"), 1_000);
      res.writeHead(200, { "content-type": "application/json", "x-backend": "b" });
      res.end(JSON.stringify({ pets: [{ id: 1, name: "Rex", price: 10.5 }, { id: 2, name: "Tom", price: 3 }], echo: seen.body }));
    });
  });
  const origin = backend.origin;
  const api = snapshot("httpapi001", "dep1", {
    "/pets/{id}": {
      POST: integrationMethod(
        {
          type: "HTTP",
          httpMethod: "POST",
          uri: `${origin}/backend/{petId}?fixed=1`,
          requestParameters: {
            "integration.request.path.petId": "method.request.path.id",
            "integration.request.header.X-Trace": "method.request.header.x-trace",
            "integration.request.querystring.stage": "stageVariables.label",
            "integration.request.header.X-Static": "'static-value'",
          },
          requestTemplates: {
            "application/json": `#set($b = $input.path('$'))
{"name": "$util.escapeJavaScript($b.name)", "id": "$input.params('id')", "stage": "$context.stage", "upper": "$util.escapeJavaScript($b.name.toUpperCase())"}`,
          },
          passthroughBehavior: "NEVER",
          integrationResponses: {
            "200": response("200", {
              responseTemplates: {
                "application/json": `#set($pets = $input.path('$.pets'))
[#foreach($p in $pets){"n":"$p.name","cheap":#if($p.price < 5)true#{else}false#end}#if($foreach.hasNext),#end#end]`,
              },
              responseParameters: { "method.response.header.X-From-Backend": "integration.response.header.x-backend" },
            }),
            "404": response("404", {
              selectionPattern: "4\\d{2}",
              responseTemplates: { "application/json": `{"problem": "$input.path('$.error.message')"}` },
              responseParameters: { "method.response.header.X-Code": "integration.response.body.error.code" },
            }),
          },
        },
        { requestParameters: { "method.request.header.x-trace": true } },
      ),
    },
    "/missing": {
      GET: integrationMethod({
        type: "HTTP",
        httpMethod: "GET",
        uri: `${origin}/missing`,
        integrationResponses: {
          "200": response("200"),
          "404": response("404", { selectionPattern: "404", responseTemplates: { "application/json": `{"problem": "$input.path('$.error.message')"}` } }),
        },
      }),
    },
    "/slow": {
      GET: integrationMethod({ type: "HTTP", httpMethod: "GET", uri: `${origin}/slow`, timeoutInMillis: 100 }),
    },
    "/escape": {
      GET: integrationMethod({
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
        integrationResponses: {
          "200": response("200", {
            responseTemplates: {
              "application/json":
                '#set($s = "x")#set($f = $s.constructor.constructor("return process"))[$f][$s.getClass().forName("java.lang.Runtime")][$input.getClass()][$context.constructor.prototype][$util.__proto__]#set($p = $context.__proto__)#set($p.polluted = "yes")',
            },
          }),
        },
      }),
    },
    "/validated": {
      POST: integrationMethod(
        { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' }, integrationResponses: { "200": response("200", { responseTemplates: { "application/json": '{"ok": true}' } }) } },
        {
          requestValidatorId: "v1",
          requestParameters: { "method.request.querystring.q": true, "method.request.header.x-token": true },
          requestModels: { "application/json": "Pet" },
        },
      ),
    },
  });
  api.models = [{ name: "Pet", contentType: "application/json", schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", required: ["name"], properties: { name: { type: "string" } } }) }];
  api.requestValidators = [{ id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true }];
  api.gatewayResponses = [
    {
      responseType: "BAD_REQUEST_BODY",
      statusCode: "422",
      responseParameters: { "gatewayresponse.header.X-Why": "'schema'" },
      responseTemplates: { "application/json": '{"error": $context.error.messageString, "details": "$context.error.validationErrorString"}' },
    },
  ];
  gw = await startGateway(runtimeConfig("v1", [{ stageName: "prod", snapshot: api, variables: { label: "production" } }]));
});
afterAll(async () => {
  await gw.close();
  await backend.close();
});

describe("HTTP (non-proxy) integration", () => {
  it("maps the request through parameters and the request template, and the response through the selected template", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/pets/42"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-trace": "t-1" },
      body: JSON.stringify({ name: 'Fi"do' }),
    });
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe("/backend/42?fixed=1&stage=production");
    expect(seen.headers?.["x-trace"]).toBe("t-1");
    expect(seen.headers?.["x-static"]).toBe("static-value");
    expect(JSON.parse(seen.body ?? "")).toEqual({ name: 'Fi"do', id: "42", stage: "prod", upper: 'FI"DO' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual([{ n: "Rex", cheap: false }, { n: "Tom", cheap: true }]);
    expect(res.headers["x-from-backend"]).toBe("b");
    expect(res.headers["content-type"]).toBe("application/json");
  });

  it("selects the integration response by a regex on the backend status and maps body fields to headers", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/missing"));
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toEqual({ problem: "no such pet" });
  });

  it("answers 415 Unsupported Media Type when passthroughBehavior is NEVER and no template matches", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/pets/1"), { method: "POST", headers: { "content-type": "text/plain", "x-trace": "t" }, body: "x" });
    expect(res.status).toBe(415);
    expect(res.body).toBe('{"message": "Unsupported Media Type"}');
    expect(res.headers["x-amzn-errortype"]).toBe("BadRequestException");
  });

  it("answers 504 Endpoint request timed out past timeoutInMillis", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/slow"));
    expect(res.status).toBe(504);
    expect(res.body).toBe('{"message": "Endpoint request timed out"}');
  });

  it("answers 413 for a body over 10 MB", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/pets/1"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-trace": "t" },
      body: "x".repeat(10 * 1024 * 1024 + 1),
    });
    expect([res.status, res.body]).toEqual([413, '{"message":"Request Too Long"}']);
    expect(res.headers["x-amzn-errortype"]).toBe("RequestTooLargeException");
  });
});

describe("template safety", () => {
  it("gives a template no way to JavaScript internals or prototypes: the escape attempt renders nothing", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/escape"));
    expect([res.status, res.body]).toEqual([200, "[][][][][]"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const again = await call(gw.url("httpapi001", "prod", "/missing"));
    expect(again.status).toBe(404);
  });
});

describe("request validation and customised gateway responses", () => {
  it("lists the missing required parameters as AWS does", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/validated"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"x"}' });
    expect(res.status).toBe(400);
    expect(res.body).toBe('{"message": "Missing required request parameters: [x-token, q]"}');
    expect(res.headers["x-amzn-errortype"]).toBe("BadRequestException");
  });

  it("refuses a body that fails its model with the API's customised BAD_REQUEST_BODY response", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/validated?q=1"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-token": "t" },
      body: '{"age": 3}',
    });
    expect(res.status).toBe(422);
    expect(res.headers["x-why"]).toBe("schema");
    // The template is text substitution, not JSON-aware: the validation string lands as written.
    expect(res.body).toMatch(/^\{"error": "Invalid request body", "details": "\[.*name.*\]"\}$/);
  });

  it("lets a valid request through to the integration", async () => {
    const res = await call(gw.url("httpapi001", "prod", "/validated?q=1"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-token": "t" },
      body: '{"name": "Rex"}',
    });
    expect([res.status, res.body]).toEqual([200, '{"ok": true}']);
  });
});
