/** Request validators on every database. */
import { expect, it } from "vitest";
import { getMethodOrThrow } from "../methods/get-method-or-throw";
import { putMethod } from "../methods/put-method";
import { createRestApi } from "../rest-apis/create-rest-api";
import { createRequestValidator } from "./create-request-validator";
import { deleteRequestValidator } from "./delete-request-validator";
import { listRequestValidators } from "./list-request-validators";
import { updateRequestValidator } from "./update-request-validator";

export function requestValidatorServiceCases(): void {
  it("creates, updates and lists request validators, and a method stops naming a deleted one", async () => {
    const api = await createRestApi({ name: "validators" });
    const validator = await createRequestValidator(api.id, { name: "body", validateRequestBody: true });
    expect(validator).toMatchObject({ name: "body", validateRequestBody: true, validateRequestParameters: false });
    expect(await updateRequestValidator(api.id, validator.id, { validateRequestParameters: true })).toMatchObject({ validateRequestParameters: true });
    await putMethod(api.id, api.rootResourceId, "GET", { requestValidatorId: validator.id });
    expect((await listRequestValidators(api.id)).items.map((v) => v.id)).toEqual([validator.id]);
    await deleteRequestValidator(api.id, validator.id);
    expect((await getMethodOrThrow(api.id, api.rootResourceId, "GET")).requestValidatorId).toBeUndefined();
    await expect(createRequestValidator("nosuchapi0", { name: "x" })).rejects.toThrow("Invalid REST API identifier specified");
    await expect(updateRequestValidator(api.id, validator.id, { name: "y" })).rejects.toThrow("Invalid Request Validator identifier specified");
  });
}
