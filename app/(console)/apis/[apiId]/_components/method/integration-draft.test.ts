import { describe, expect, it } from "vitest";
import type { MethodJson } from "@/lib/query/types";
import { INTEGRATION_MESSAGES } from "@/lib/schemas/integration.schema";
import { integrationDraft, integrationInput } from "./integration-draft";

const place = { region: "us-east-1", accountId: "000000000000" };
const bare: MethodJson = { httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, requestParameters: {}, requestModels: {}, methodResponses: {} };

describe("the Integration request box", () => {
  it("starts a new method as AWS's console does: MOCK with the statusCode template", () => {
    const draft = integrationDraft(bare, place);
    expect(draft.kind).toBe("MOCK");
    expect(draft.templates.map((r) => r.value)).toEqual([{ contentType: "application/json", template: '{"statusCode": 200}' }]);
    const result = integrationInput(bare, draft);
    expect(result.ok && result.input).toMatchObject({ type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  });

  it("turns a Lambda choice into AWS_PROXY with POST and the invocation URI, and keeps templates out of proxies", () => {
    const draft = integrationDraft(bare, place);
    draft.kind = "LAMBDA";
    draft.lambda = { ...place, functionName: "orders", qualifier: "${stageVariables.alias}" };
    const result = integrationInput(bare, draft);
    expect(result.ok && result.input).toMatchObject({
      type: "AWS_PROXY",
      httpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:orders:${stageVariables.alias}/invocations",
      requestTemplates: {},
    });
  });

  it("reads an existing Lambda (non-proxy) integration back into the picker's fields", () => {
    const uri = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:f:3/invocations";
    const method: MethodJson = {
      ...bare,
      methodIntegration: {
        type: "AWS", httpMethod: "POST", uri, connectionType: "INTERNET", requestParameters: {}, requestTemplates: {},
        passthroughBehavior: "NEVER", timeoutInMillis: 1000, cacheKeyParameters: [], integrationResponses: {},
      },
    };
    const draft = integrationDraft(method, place);
    expect(draft).toMatchObject({ kind: "LAMBDA", lambdaProxy: false, lambda: { region: "eu-west-1", accountId: "123456789012", functionName: "f", qualifier: "3" } });
    const result = integrationInput(method, draft);
    expect(result.ok && result.input.uri).toBe(uri);
  });

  it("shows AWS's endpoint and timeout rules next to the fields", () => {
    const draft = integrationDraft(bare, place);
    draft.kind = "HTTP";
    draft.uri = "example.com";
    draft.timeout = "30000";
    const result = integrationInput(bare, draft);
    expect(result.ok ? {} : result.problems).toEqual({ uri: INTEGRATION_MESSAGES.badHttpEndpoint, timeout: "Integration timeout must be between 50 and 29000 ms." });
  });
});
