/** What CreateDeployment freezes besides resources, on every database. */
import { expect, it } from "vitest";
import { putGatewayResponse } from "../gateway-responses/put-gateway-response";
import { putIntegration } from "../integrations/put-integration";
import { putMethod } from "../methods/put-method";
import { createModel } from "../models/create-model";
import { createRequestValidator } from "../request-validators/create-request-validator";
import { updateRequestValidator } from "../request-validators/update-request-validator";
import { createRestApi } from "../rest-apis/create-rest-api";
import { updateRestApi } from "../rest-apis/update-rest-api";
import { getRuntimeConfig } from "../runtime/get-runtime-config";
import { createDeployment } from "./create-deployment";

export function deploymentPartsServiceCases(): void {
  it("freezes models, validators, customised gateway responses, media types and credentials; later edits wait for a deployment", async () => {
    const api = await createRestApi({ name: "frozen", binaryMediaTypes: ["image/png"] });
    const validator = await createRequestValidator(api.id, { name: "body", validateRequestBody: true });
    await createModel(api.id, { name: "Pet", schema: '{"type":"object"}' });
    await putMethod(api.id, api.rootResourceId, "POST", { requestModels: { "application/json": "Pet" }, requestValidatorId: validator.id });
    await putIntegration(api.id, api.rootResourceId, "POST", { type: "HTTP_PROXY", httpMethod: "POST", uri: "http://127.0.0.1:9", credentials: "arn:aws:iam::1:role/r" });
    await putGatewayResponse(api.id, "BAD_REQUEST_BODY", { statusCode: "422" });
    const deployment = await createDeployment(api.id, { stageName: "live" });
    await updateRequestValidator(api.id, validator.id, { validateRequestBody: false });
    await updateRestApi(api.id, { binaryMediaTypes: [{ op: "add", value: "application/pdf" }] });

    const snapshot = (await getRuntimeConfig()).snapshots[deployment.id];
    expect(snapshot.models?.map((m) => m.name).sort()).toEqual(["Empty", "Error", "Pet"]);
    expect(snapshot.requestValidators).toEqual([{ id: validator.id, name: "body", validateRequestBody: true, validateRequestParameters: false }]);
    expect(snapshot.gatewayResponses).toEqual([{ responseType: "BAD_REQUEST_BODY", statusCode: "422", responseParameters: {}, responseTemplates: {} }]);
    expect(snapshot.binaryMediaTypes).toEqual(["image/png"]);
    expect(snapshot.resources[0].methods.POST.integration?.credentials).toBe("arn:aws:iam::1:role/r");
  });
}
