import { describe, expect, it } from "vitest";
import { compileResponseParameters, evaluateResponseParameters, type IntegrationResponseData } from "./response-parameters";

const data: IntegrationResponseData = {
  headers: { "X-Backend": ["b1"], "Set-Cookie": ["a=1", "b=2"], etag: ['"v1"'] },
  body: '{"error":{"code":"E42","retry":true},"items":[{"id":7}]}',
  context: { requestId: "req-9" },
  stageVariables: { region: "eu" },
};

describe("evaluateResponseParameters", () => {
  it("maps backend headers, the body and JSON paths into method response headers", () => {
    const result = evaluateResponseParameters(
      {
        "method.response.header.X-From-Backend": "integration.response.header.X-Backend",
        "method.response.header.X-Cookies": "integration.response.multivalueheader.Set-Cookie",
        "method.response.header.X-Last-Cookie": "integration.response.header.Set-Cookie",
        "method.response.header.X-Code": "integration.response.body.error.code",
        "method.response.header.X-Retry": "integration.response.body.error.retry",
        "method.response.header.X-First-Id": "integration.response.body.items[0].id",
        "method.response.header.X-Error": "integration.response.body.error",
      },
      data,
    );
    expect(result).toEqual({
      ok: true,
      headers: {
        "X-From-Backend": "b1",
        "X-Cookies": "a=1,b=2",
        "X-Last-Cookie": "b=2",
        "X-Code": "E42",
        "X-Retry": "true",
        "X-First-Id": "7",
        "X-Error": '{"code":"E42","retry":true}',
      },
    });
  });

  it("maps the whole body, $context, stage variables and static values", () => {
    const result = evaluateResponseParameters(
      {
        "method.response.header.X-Body": "integration.response.body",
        "method.response.header.X-Request": "context.requestId",
        "method.response.header.X-Region": "stageVariables.region",
        "method.response.header.Access-Control-Allow-Origin": "'*'",
      },
      data,
    );
    expect(result.ok && result.headers).toEqual({
      "X-Body": data.body,
      "X-Request": "req-9",
      "X-Region": "eu",
      "Access-Control-Allow-Origin": "*",
    });
  });

  it("leaves out headers whose source is missing, including a differently-cased header name", () => {
    const result = evaluateResponseParameters(
      {
        "method.response.header.A": "integration.response.header.ETag",
        "method.response.header.B": "integration.response.body.error.missing",
        "method.response.header.C": "stageVariables.none",
      },
      data,
    );
    expect(result).toEqual({ ok: true, headers: {} });
  });

  it("answers 500 when a body mapping meets a body that starts like JSON but is not", () => {
    const result = evaluateResponseParameters({ "method.response.header.A": "integration.response.body.x" }, { ...data, body: "[1," });
    expect(result).toEqual({ ok: false, status: 500, message: "Internal server error" });
  });

  it("ignores sources that only exist on the request side and targets that are not headers", () => {
    const compiled = compileResponseParameters({
      "method.response.header.A": "integration.response.querystring.x",
      "method.response.header.B": "method.request.header.X",
      "method.response.body.C": "'x'",
      "method.response.header.": "'x'",
      "method.response.header.D": "'d'",
    });
    expect(compiled.map((mapping) => mapping.header)).toEqual(["D"]);
  });
});
