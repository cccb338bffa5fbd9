/** Every integration type and UpdateIntegration/UpdateIntegrationResponse on every database. */
import { expect, it } from "vitest";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { putIntegration } from "./put-integration";
import { putIntegrationResponse } from "./put-integration-response";
import { updateIntegration } from "./update-integration";
import { updateIntegrationResponse } from "./update-integration-response";

const LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:f/invocations";

export function integrationUpdateServiceCases(): void {
  it("stores AWS, AWS_PROXY and HTTP integrations with credentials, and re-checks them after a patch", async () => {
    const api = await createRestApi({ name: "integration-updates" });
    const at = [api.id, api.rootResourceId, "POST"] as const;
    await putMethod(...at, {});
    const lambda = await putIntegration(...at, { type: "AWS_PROXY", httpMethod: "POST", uri: LAMBDA, credentials: "arn:aws:iam::000000000000:role/r" });
    expect(lambda).toMatchObject({ type: "AWS_PROXY", credentials: "arn:aws:iam::000000000000:role/r" });
    await expect(updateIntegration(...at, { httpMethod: "GET" })).rejects.toThrow("invoked with POST");
    const aws = await putIntegration(...at, { type: "AWS", httpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:sqs:action/SendMessage" });
    expect(aws.credentials).toBeUndefined();

    await putIntegration(...at, { type: "HTTP", httpMethod: "GET", uri: "https://example.com", cacheKeyParameters: ["a"] });
    const updated = await updateIntegration(...at, {
      uri: "https://example.com/v2",
      credentials: "arn:aws:iam::000000000000:role/r2",
      requestTemplates: [{ key: "application/json", value: "{}" }],
      cacheKeyParameters: [{ op: "add", value: "b" }, { op: "remove", value: "a" }],
      contentHandling: "CONVERT_TO_TEXT",
    });
    expect(updated).toMatchObject({ uri: "https://example.com/v2", credentials: "arn:aws:iam::000000000000:role/r2", cacheKeyParameters: ["b"] });
    expect((await updateIntegration(...at, { credentials: null, contentHandling: null })).credentials).toBeUndefined();
    await expect(updateIntegration(...at, { uri: null })).rejects.toThrow("Invalid HTTP endpoint specified for URI");

    await putIntegrationResponse(...at, "200", { selectionPattern: "" });
    const response = await updateIntegrationResponse(...at, "200", {
      selectionPattern: "2\\d\\d",
      responseTemplates: [{ key: "application/json", value: "{}" }],
    });
    expect(response).toMatchObject({ selectionPattern: "2\\d\\d", responseTemplates: { "application/json": "{}" } });
    await expect(updateIntegrationResponse(...at, "200", { selectionPattern: "(" })).rejects.toThrow("Invalid selection pattern");
  });
}
