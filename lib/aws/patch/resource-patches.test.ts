import { describe, expect, it } from "vitest";
import { PorticoError } from "@/lib/errors";
import { toUpdateGatewayResponseInput, toUpdateModelInput } from "./api-part-patches";
import { toUpdateIntegrationInput, toUpdateIntegrationResponseInput } from "./integration-patches";
import { toUpdateMethodInput, toUpdateMethodResponseInput } from "./method-patches";
import { parsePatchOperations } from "./patch-operations";
import { toUpdateRestApiInput } from "./update-inputs";

const ops = (list: unknown[]) => parsePatchOperations({ patchOperations: list });

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PorticoError) return error.message;
    throw error;
  }
  throw new Error("expected a PorticoError");
}

describe("UpdateMethod patches", () => {
  it("reads booleans leniently, unescapes map keys, and clears optional fields given null or no value", () => {
    const input = toUpdateMethodInput(
      ops([
        { op: "replace", path: "/apiKeyRequired", value: "TRUE" },
        { op: "add", path: "/requestParameters/method.request.querystring.q", value: "yes" },
        { op: "remove", path: "/requestModels/application~1json" },
        { op: "replace", path: "/requestValidatorId", value: null },
        { op: "replace", path: "/operationName" },
        { op: "replace", path: "/authorizerId", value: "ignored" },
      ]),
    );
    expect(input).toEqual({
      apiKeyRequired: true,
      requestParameters: [{ key: "method.request.querystring.q", value: false }],
      requestModels: [{ key: "application/json" }],
      requestValidatorId: null,
      operationName: null,
    });
  });

  it("checks the path before the op, as AWS does", () => {
    expect(message(() => toUpdateMethodInput(ops([{ op: "add", path: "/requestParameters" }])))).toBe("Invalid patch path /requestParameters");
    expect(message(() => toUpdateMethodInput(ops([{ op: "remove", path: "/operationName" }])))).toBe(
      "Invalid patch operation specified. Must be one of: [replace]",
    );
    expect(message(() => toUpdateMethodInput(ops([{ op: "replace", path: "/authorizationScopes", value: "s" }])))).toBe(
      "Invalid patch operation specified. Must be one of: [add, remove]",
    );
  });

  it("maps method response parameters and models", () => {
    const input = toUpdateMethodResponseInput(
      ops([
        { op: "add", path: "/responseParameters/method.response.header.X", value: "true" },
        { op: "replace", path: "/responseModels/application~1json", value: "Empty" },
      ]),
    );
    expect(input).toEqual({
      responseParameters: [{ key: "method.response.header.X", value: true }],
      responseModels: [{ key: "application/json", value: "Empty" }],
    });
  });
});

describe("UpdateIntegration patches", () => {
  it("maps scalars, maps and Terraform's cacheKeyParameters form", () => {
    const input = toUpdateIntegrationInput(
      ops([
        { op: "replace", path: "/timeoutInMillis", value: "1500" },
        { op: "replace", path: "/contentHandling", value: "" },
        { op: "replace", path: "/credentials", value: "arn:aws:iam::1:role/r" },
        { op: "add", path: "/requestTemplates/application~1json", value: "{}" },
        { op: "remove", path: "/requestParameters/integration.request.header.X" },
        { op: "add", path: "/cacheKeyParameters/method.request.path.id", value: "" },
      ]),
    );
    expect(input).toEqual({
      timeoutInMillis: 1500,
      contentHandling: null,
      credentials: "arn:aws:iam::1:role/r",
      requestTemplates: [{ key: "application/json", value: "{}" }],
      requestParameters: [{ key: "integration.request.header.X" }],
      cacheKeyParameters: [{ op: "add", value: "method.request.path.id" }],
    });
  });

  it("refuses what Portico does not keep by name, and non-numbers for the timeout", () => {
    expect(message(() => toUpdateIntegrationInput(ops([{ op: "replace", path: "/tlsConfig/insecureSkipVerification", value: "true" }])))).toContain(
      "'/tlsConfig/insecureSkipVerification'",
    );
    expect(message(() => toUpdateIntegrationInput(ops([{ op: "replace", path: "/timeoutInMillis", value: "fast" }])))).toContain("whole number");
    expect(message(() => toUpdateIntegrationInput(ops([{ op: "replace", path: "/type", value: "HTTP" }])))).toBe("Invalid patch path /type");
  });

  it("keeps an empty selection pattern (it is a pattern) but clears an empty contentHandling", () => {
    expect(
      toUpdateIntegrationResponseInput(
        ops([
          { op: "replace", path: "/selectionPattern", value: "" },
          { op: "replace", path: "/contentHandling", value: "" },
        ]),
      ),
    ).toEqual({ selectionPattern: "", contentHandling: null });
  });
});

describe("REST API, model and gateway response patches", () => {
  it("turns a binary media type replace into remove-then-add, as AWS orders it", () => {
    expect(
      toUpdateRestApiInput(
        ops([
          { op: "add", path: "/binaryMediaTypes/image~1png" },
          { op: "replace", path: "/binaryMediaTypes/image~1png", value: "image/gif" },
          { op: "replace", path: "/apiKeySource", value: "AUTHORIZER" },
        ]),
      ),
    ).toEqual({
      apiKeySource: "AUTHORIZER",
      binaryMediaTypes: [
        { op: "add", value: "image/png" },
        { op: "remove", value: "image/png" },
        { op: "add", value: "image/gif" },
      ],
    });
    expect(message(() => toUpdateRestApiInput(ops([{ op: "replace", path: "/apiKeySource", value: "COOKIE" }])))).toContain("HEADER or AUTHORIZER");
  });

  it("reads an absent model schema as blank, for the model rules to refuse", () => {
    expect(toUpdateModelInput(ops([{ op: "replace", path: "/schema" }]))).toEqual({ schema: "" });
  });

  it("marks replaced gateway response entries as having to exist", () => {
    expect(
      toUpdateGatewayResponseInput(
        ops([
          { op: "replace", path: "/responseTemplates/application~1json", value: "{}" },
          { op: "add", path: "/responseParameters/gatewayresponse.header.A", value: "'a'" },
          { op: "remove", path: "/responseParameters/gatewayresponse.header.B" },
        ]),
      ),
    ).toEqual({
      responseTemplates: [{ key: "application/json", value: "{}", mustExist: true }],
      responseParameters: [{ key: "gatewayresponse.header.A", value: "'a'", mustExist: false }, { key: "gatewayresponse.header.B" }],
    });
  });
});
