import { describe, expect, it } from "vitest";
import { snapshot } from "../test-support/snapshots";
import { integrationMethod, response } from "../test-support/integrations";
import { executionLogDate, runTestInvoke } from "./test-invoke";

const api = snapshot("tiapi00001", "test-invoke", {
  "/pets/{id}": {
    GET: integrationMethod({
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": #if($input.params(\'id\') == "0")404#{else}200#end}' },
      integrationResponses: {
        "200": response("200", { responseTemplates: { "application/json": '{"id": "$input.params(\'id\')", "stage": "$context.stage", "v": "$stageVariables.v"}' } }),
        "404": response("404", { selectionPattern: "404", responseTemplates: { "application/json": '{"message": "no pet"}' } }),
      },
    }),
  },
  "/broken": {
    GET: integrationMethod({
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
      integrationResponses: { "200": response("200", { responseTemplates: { "application/json": "#if($input.body) unclosed" } }) },
    }),
  },
});

describe("TestInvokeMethod on the runtime", () => {
  it("runs the working copy in test-invoke-stage and returns status, body, headers and AWS's execution log", async () => {
    const out = await runTestInvoke(
      { snapshot: api, httpMethod: "GET", pathWithQueryString: "/pets/7?x=1", headers: { Authorization: "Bearer secret-token" }, stageVariables: { v: "blue" } },
      { lambda: null, accountId: "000000000000" },
    );
    expect(out.status).toBe(200);
    expect(JSON.parse(out.body)).toEqual({ id: "7", stage: "test-invoke-stage", v: "blue" });
    expect(out.headers["content-type"]).toBe("application/json");
    expect(out.log).toMatch(/^Execution log for request [0-9a-f-]{36}\n/);
    expect(out.log).toContain("Method completed with status: 200");
    expect(out.log).toContain("Method request query string: {x=1}");
    expect(out.log).not.toContain("secret-token");
    const missing = await runTestInvoke({ snapshot: api, httpMethod: "GET", pathWithQueryString: "/pets/0" }, { lambda: null, accountId: "000000000000" });
    expect([missing.status, missing.body]).toEqual([404, '{"message": "no pet"}']);
  });

  it("answers AWS's 500 for a template that fails, and names the template line in the log", async () => {
    const out = await runTestInvoke({ snapshot: api, httpMethod: "GET", pathWithQueryString: "/broken" }, { lambda: null, accountId: "000000000000" });
    expect([out.status, out.body]).toEqual([500, '{"message": "Internal server error"}']);
    expect(out.log).toMatch(/template for application\/json does not compile at line \d+/);
  });

  it("formats log dates as AWS does", () => {
    expect(executionLogDate(new Date("2026-11-21T19:03:58Z"))).toBe("Sat Nov 21 19:03:58 UTC 2026");
  });
});
