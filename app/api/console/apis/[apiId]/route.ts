// GET /api/console/apis/[apiId] and DELETE /api/console/apis/[apiId]
import { consoleRoute } from "@/lib/http/console-route";
import { deleteRestApi } from "@/lib/services/rest-apis/delete-rest-api";
import { getRestApiOrThrow } from "@/lib/services/rest-apis/get-rest-api-or-throw";

type Params = { apiId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getRestApiOrThrow(params.apiId));

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteRestApi(params.apiId);
});
