import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockMethod, runtimeConfig, snapshot } from "../test-support/snapshots";
import { call, startGateway } from "../test-support/servers";

const api = snapshot("mockapi001", "dep1", {
  "/hello": { GET: mockMethod('{"hello":"world"}', { headers: { "X-Custom": "yes", "Cache-Control": "no-store" } }) },
  "/created": { POST: mockMethod('{"id":1}', { status: 201 }) },
  "/by-type": {
    POST: mockMethod("", {
      requestTemplates: { "text/plain": '{"statusCode": 202}', "application/json": '{"statusCode": 200}' },
      integrationResponses: {
        "200": { statusCode: "200", responseParameters: {}, responseTemplates: { "application/json": "json template" } },
        "202": { statusCode: "202", selectionPattern: "2\\d[2-9]", responseParameters: {}, responseTemplates: { "application/json": "text template" } },
      },
    }),
  },
  "/first-template": {
    GET: mockMethod("", {
      requestTemplates: { "application/xml": '{"statusCode": 404}' },
      integrationResponses: {
        "200": { statusCode: "200", responseParameters: {}, responseTemplates: { "application/json": "default" } },
        "404": { statusCode: "404", selectionPattern: "404", responseParameters: {}, responseTemplates: { "application/json": "not found" } },
      },
    }),
  },
  "/unselectable": {
    GET: mockMethod("", {
      requestTemplates: { "application/json": '{"statusCode": 500}' },
      integrationResponses: {
        "200": { statusCode: "200", selectionPattern: "200", responseParameters: {}, responseTemplates: {} },
      },
    }),
  },
});

let gw: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  gw = await startGateway(runtimeConfig("v1", [{ stageName: "test", snapshot: api }]));
});
afterAll(() => gw.close());

describe("MOCK integration", () => {
  it("answers the integration response's body, status and static headers", async () => {
    const res = await call(gw.url("mockapi001", "test", "/hello"));
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"hello":"world"}');
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["x-custom"]).toBe("yes");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("takes the status from the request template", async () => {
    const res = await call(gw.url("mockapi001", "test", "/created"), { method: "POST" });
    expect(res.status).toBe(201);
    expect(res.body).toBe('{"id":1}');
  });

  it("chooses the request template by the request's content type", async () => {
    const text = await call(gw.url("mockapi001", "test", "/by-type"), {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: "x",
    });
    expect([text.status, text.body]).toEqual([202, "text template"]);
    const json = await call(gw.url("mockapi001", "test", "/by-type"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect([json.status, json.body]).toEqual([200, "json template"]);
  });

  it("passes the body through when no template matches (WHEN_NO_MATCH), so the body names the status", async () => {
    const unknown = await call(gw.url("mockapi001", "test", "/by-type"), {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: '{"statusCode": 202}',
    });
    expect([unknown.status, unknown.body]).toEqual([202, "text template"]);
    const noBody = await call(gw.url("mockapi001", "test", "/first-template"));
    expect([noBody.status, noBody.body]).toEqual([200, "default"]);
  });

  it("selects an integration response by selectionPattern on the template's status", async () => {
    const res = await call(gw.url("mockapi001", "test", "/first-template"), { headers: { "content-type": "application/xml" } });
    expect([res.status, res.body]).toEqual([404, "not found"]);
  });

  it("answers AWS's configuration error when no integration response matches", async () => {
    const res = await call(gw.url("mockapi001", "test", "/unselectable"));
    expect(res.status).toBe(500);
    expect(res.body).toBe('{"message": "Internal server error"}');
  });
});
