/** CreateModel, GetModels, GetModel, UpdateModel, DeleteModel. */
import { createModelSchema } from "@/lib/schemas/model.schema";
import { createModel } from "@/lib/services/models/create-model";
import { deleteModel } from "@/lib/services/models/delete-model";
import { getModelOrThrow } from "@/lib/services/models/get-model-or-throw";
import { listModels } from "@/lib/services/models/list-models";
import { updateModel } from "@/lib/services/models/update-model";
import { toUpdateModelInput } from "../patch/api-part-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireModel } from "../shapes/api-part-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

export const modelOperations: Record<string, OperationHandler> = {
  CreateModel: async ({ params, body }) => toWireModel(await createModel(params.restApiId, parseWire(createModelSchema, body))),
  GetModels: async ({ params, query }) => {
    const page = await listModels(params.restApiId, { position: queryString(query, "position"), limit: queryInt(query, "limit") });
    return toWireList(page, toWireModel);
  },
  // flatten=true asks AWS to inline referenced models; Portico answers with the schema as stored.
  GetModel: async ({ params }) => toWireModel(await getModelOrThrow(params.restApiId, params.modelName)),
  UpdateModel: async ({ params, body }) =>
    toWireModel(await updateModel(params.restApiId, params.modelName, toUpdateModelInput(parsePatchOperations(body)))),
  DeleteModel: async ({ params }) => {
    await deleteModel(params.restApiId, params.modelName);
    return undefined;
  },
};
