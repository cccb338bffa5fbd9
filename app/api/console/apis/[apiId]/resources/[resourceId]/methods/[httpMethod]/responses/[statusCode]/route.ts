// PUT and DELETE /api/console/apis/[apiId]/resources/[resourceId]/methods/[httpMethod]/responses/[statusCode]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putMethodResponseSchema } from "@/lib/schemas/method.schema";
import { deleteMethodResponse } from "@/lib/services/methods/delete-method-response";
import { putMethodResponse } from "@/lib/services/methods/put-method-response";

type Params = { apiId: string; resourceId: string; httpMethod: string; statusCode: string };

export const PUT = consoleRoute<Params>(async (request, { params }) =>
  putMethodResponse(params.apiId, params.resourceId, params.httpMethod, params.statusCode, await parseBody(request, putMethodResponseSchema)),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteMethodResponse(params.apiId, params.resourceId, params.httpMethod, params.statusCode);
});
