import { describe, expect, it } from "vitest";
import { compileResponseSelection, selectIntegrationResponse } from "./integration-response";

const responses = [
  { statusCode: "200" },
  { statusCode: "400", selectionPattern: "4\\d{2}" },
  { statusCode: "404", selectionPattern: "404" },
  { statusCode: "500", selectionPattern: "5\\d{2}" },
];

describe("selectIntegrationResponse", () => {
  it("picks the response whose pattern matches the backend status code", () => {
    expect(selectIntegrationResponse(responses, "503")?.statusCode).toBe("500");
    expect(selectIntegrationResponse(responses, "418")?.statusCode).toBe("400");
  });

  it("falls back to the response without a pattern", () => {
    expect(selectIntegrationResponse(responses, "201")?.statusCode).toBe("200");
    expect(selectIntegrationResponse([{ statusCode: "200", selectionPattern: "" }], "302")?.statusCode).toBe("200");
  });

  it("returns null when nothing matches and there is no default (AWS's 500)", () => {
    expect(selectIntegrationResponse([{ statusCode: "400", selectionPattern: "4\\d{2}" }], "200")).toBeNull();
    expect(selectIntegrationResponse([], "200")).toBeNull();
  });

  it("prefers the lowest statusCode when several patterns match, whatever the stored order", () => {
    expect(selectIntegrationResponse([...responses].reverse(), "404")?.statusCode).toBe("400");
  });

  it("matches a Lambda errorMessage whole, so a multi-line message escapes .+", () => {
    const lambda = [
      { statusCode: "200" },
      { statusCode: "400", selectionPattern: ".*\\[BadRequest\\].*" },
      { statusCode: "500", selectionPattern: "(?s).*Exception.*" },
    ];
    expect(selectIntegrationResponse(lambda, "[BadRequest] name is required")?.statusCode).toBe("400");
    expect(selectIntegrationResponse(lambda, "[BadRequest] name\nis required")?.statusCode).toBe("200");
    expect(selectIntegrationResponse(lambda, "Boom\nRuntimeException at line 2")?.statusCode).toBe("500");
  });

  it("lets .+ skip a successful Lambda (empty selector) while .* catches it", () => {
    expect(selectIntegrationResponse([{ statusCode: "200" }, { statusCode: "400", selectionPattern: ".+" }], "")?.statusCode).toBe("200");
    expect(selectIntegrationResponse([{ statusCode: "200" }, { statusCode: "400", selectionPattern: ".*" }], "")?.statusCode).toBe("400");
  });

  it("never matches an invalid pattern and keeps the default", () => {
    const compiled = compileResponseSelection([{ statusCode: "200" }, { statusCode: "500", selectionPattern: "5((" }]);
    expect(compiled.patterned[0].pattern.ok).toBe(false);
    expect(selectIntegrationResponse(compiled, "500")?.statusCode).toBe("200");
  });
});
