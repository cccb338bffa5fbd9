// GET, PUT (create), PATCH (method request settings) and DELETE /api/console/apis/[apiId]/resources/[resourceId]/methods/[httpMethod]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putMethodSchema, updateMethodSchema } from "@/lib/schemas/method.schema";
import { deleteMethod } from "@/lib/services/methods/delete-method";
import { getMethodOrThrow } from "@/lib/services/methods/get-method-or-throw";
import { putMethod } from "@/lib/services/methods/put-method";
import { updateMethod } from "@/lib/services/methods/update-method";

type Params = { apiId: string; resourceId: string; httpMethod: string };

export const GET = consoleRoute<Params>(async (_request, { params }) =>
  getMethodOrThrow(params.apiId, params.resourceId, params.httpMethod),
);

export const PUT = consoleRoute<Params>(async (request, { params }) =>
  putMethod(params.apiId, params.resourceId, params.httpMethod, await parseBody(request, putMethodSchema)),
);

export const PATCH = consoleRoute<Params>(async (request, { params }) =>
  updateMethod(params.apiId, params.resourceId, params.httpMethod, await parseBody(request, updateMethodSchema)),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteMethod(params.apiId, params.resourceId, params.httpMethod);
});
