/** Models on every database: AWS's defaults, names, draft-4 checks, references and deletion rules. */
import { expect, it } from "vitest";
import { putMethod } from "../methods/put-method";
import { createResource } from "../resources/create-resource";
import { createRestApi } from "../rest-apis/create-rest-api";
import { createModel } from "./create-model";
import { deleteModel } from "./delete-model";
import { getModelOrThrow } from "./get-model-or-throw";
import { listModels } from "./list-models";
import { updateModel } from "./update-model";

export function modelServiceCases(): void {
  it("gives every new REST API AWS's Empty and Error models, and lists models by name in pages", async () => {
    const api = await createRestApi({ name: "models" });
    await createModel(api.id, { name: "Zebra", schema: '{"type":"object"}' });
    await createModel(api.id, { name: "Apple", schema: '{"type":"object"}' });
    const first = await listModels(api.id, { limit: 3 });
    expect(first.items.map((m) => m.name)).toEqual(["Apple", "Empty", "Error"]);
    expect((await listModels(api.id, { limit: 3, position: first.position })).items.map((m) => m.name)).toEqual(["Zebra"]);
    expect((await getModelOrThrow(api.id, "Empty")).description).toBe("This is a default empty schema model");
  });

  it("holds schemas to draft 4 in AWS's words, and lets a model refer to another model of its API", async () => {
    const api = await createRestApi({ name: "draft4" });
    await expect(createModel(api.id, { name: "Odd", schema: '{"type":"object","example":{}}' })).rejects.toThrow(
      'Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified. Unsupported keyword(s): ["example"]]',
    );
    await createModel(api.id, { name: "Tag", schema: '{"type":"string"}' });
    const ref = `https://apigateway.amazonaws.com/restapis/${api.id}/models/Tag`;
    const pet = await createModel(api.id, { name: "Pet", schema: JSON.stringify({ type: "object", properties: { tag: { $ref: ref } } }) });
    expect(pet.id).toMatch(/^[a-z0-9]{6}$/);
    await expect(updateModel(api.id, "Pet", { schema: '{"type":"array","items":{"$ref":"#/nope"}}' })).rejects.toThrow("Invalid model reference specified");
    expect((await updateModel(api.id, "Pet", { description: "d" })).schema).toContain(ref);
  });

  it("refuses to delete a model a method request names, naming the method as AWS does (root reads //)", async () => {
    const api = await createRestApi({ name: "in-use" });
    await createModel(api.id, { name: "Pet", schema: '{"type":"object"}' });
    await putMethod(api.id, api.rootResourceId, "GET", { requestModels: { "application/json": "Pet" } });
    const pets = await createResource(api.id, { parentId: api.rootResourceId, pathPart: "pets" });
    await putMethod(api.id, pets.id, "POST", { requestModels: { "application/json": "Pet" } });
    await expect(deleteModel(api.id, "Pet")).rejects.toThrow("Cannot delete model 'Pet', is referenced in method request: //GET");
    await createModel(api.id, { name: "Spare", schema: '{"type":"object"}' });
    await deleteModel(api.id, "Spare");
    await expect(getModelOrThrow(api.id, "Spare")).rejects.toThrow("Invalid model name specified: Spare");
  });
}
