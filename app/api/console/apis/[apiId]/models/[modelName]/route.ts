// GET, PATCH (schema, description) and DELETE /api/console/apis/[apiId]/models/[modelName]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateModelSchema } from "@/lib/schemas/model.schema";
import { deleteModel } from "@/lib/services/models/delete-model";
import { getModelOrThrow } from "@/lib/services/models/get-model-or-throw";
import { updateModel } from "@/lib/services/models/update-model";

type Params = { apiId: string; modelName: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getModelOrThrow(params.apiId, params.modelName));

export const PATCH = consoleRoute<Params>(async (request, { params }) =>
  updateModel(params.apiId, params.modelName, await parseBody(request, updateModelSchema)),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteModel(params.apiId, params.modelName);
});
