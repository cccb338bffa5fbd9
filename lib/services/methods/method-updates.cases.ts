/** UpdateMethod and UpdateMethodResponse on every database. */
import { expect, it } from "vitest";
import { createModel } from "../models/create-model";
import { createRequestValidator } from "../request-validators/create-request-validator";
import { createRestApi } from "../rest-apis/create-rest-api";
import { putMethod } from "./put-method";
import { putMethodResponse } from "./put-method-response";
import { updateMethod } from "./update-method";
import { updateMethodResponse } from "./update-method-response";

export function methodUpdateServiceCases(): void {
  it("updates every method field, and checks the models and validator it names exist", async () => {
    const api = await createRestApi({ name: "method-updates" });
    const validator = await createRequestValidator(api.id, { name: "params", validateRequestParameters: true });
    await createModel(api.id, { name: "Pet", schema: '{"type":"object"}' });
    await putMethod(api.id, api.rootResourceId, "POST", { requestParameters: { "method.request.header.a": true } });
    const updated = await updateMethod(api.id, api.rootResourceId, "POST", {
      apiKeyRequired: true,
      operationName: "Create",
      requestValidatorId: validator.id,
      requestParameters: [{ key: "method.request.header.a" }, { key: "method.request.querystring.b", value: true }],
      requestModels: [{ key: "application/json", value: "Pet" }],
    });
    expect(updated).toMatchObject({
      apiKeyRequired: true,
      operationName: "Create",
      requestValidatorId: validator.id,
      requestParameters: { "method.request.querystring.b": true },
      requestModels: { "application/json": "Pet" },
    });
    const cleared = await updateMethod(api.id, api.rootResourceId, "POST", { operationName: null, requestValidatorId: null });
    expect([cleared.operationName, cleared.requestValidatorId]).toEqual([undefined, undefined]);
    await expect(updateMethod(api.id, api.rootResourceId, "POST", { requestModels: [{ key: "a/b", value: "Ghost" }] })).rejects.toThrow(
      "Invalid model identifier specified: Ghost",
    );
    await expect(
      updateMethod(api.id, api.rootResourceId, "POST", { requestParameters: [{ key: "method.request.path.b", value: true }] }),
    ).rejects.toThrow("Parameter names must be unique across querystring, header and path");
    await putMethodResponse(api.id, api.rootResourceId, "POST", "200", { responseModels: { "application/json": "Empty" } });
    const response = await updateMethodResponse(api.id, api.rootResourceId, "POST", "200", {
      responseParameters: [{ key: "method.response.header.X", value: false }],
      responseModels: [{ key: "application/json" }],
    });
    expect(response).toEqual({ statusCode: "200", responseParameters: { "method.response.header.X": false }, responseModels: {} });
  });
}
