import { describe, expect, it } from "vitest";
import type { MethodJson } from "@/lib/query/types";
import { newRow } from "./map-edits";
import { methodRequestDraft, methodRequestUpdate, pathParameterNames } from "./method-request-draft";

const method: MethodJson = {
  httpMethod: "GET",
  authorizationType: "NONE",
  apiKeyRequired: false,
  requestParameters: { "method.request.querystring.page": false, "method.request.header.X-Trace": true },
  requestModels: { "application/json": "Pet" },
  methodResponses: {},
};

describe("the Method request box", () => {
  it("lists the resource's path parameters as required even before they are stored", () => {
    expect(pathParameterNames("/pets/{petId}/{proxy+}")).toEqual(["petId", "proxy"]);
    const draft = methodRequestDraft(method, "/pets/{petId}");
    expect(draft.parameters.map((r) => r.value)).toContainEqual({ location: "path", name: "petId", required: true });
  });

  it("sends only the changes, as AWS patch edits", () => {
    const draft = methodRequestDraft(method, "/pets");
    draft.parameters = draft.parameters.filter((r) => r.value.name !== "page");
    draft.models = [];
    draft.apiKeyRequired = true;
    const result = methodRequestUpdate(method, draft);
    expect(result).toEqual({
      ok: true,
      input: {
        apiKeyRequired: true,
        operationName: null,
        requestValidatorId: null,
        requestParameters: [{ key: "method.request.querystring.page" }],
        requestModels: [{ key: "application/json" }],
      },
    });
  });

  it("refuses a name used in two locations and a content type without a model, naming the row", () => {
    const draft = methodRequestDraft(method, "/pets");
    const clash = newRow({ location: "header" as const, name: "page", required: false });
    const noModel = newRow({ contentType: "text/plain", modelName: "" });
    draft.parameters.push(clash);
    draft.models.push(noModel);
    const result = methodRequestUpdate(method, draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[clash.id]).toBe('"page" is already a querystring parameter.');
    expect(result.problems[noModel.id]).toBe("Choose a model.");
  });
});
