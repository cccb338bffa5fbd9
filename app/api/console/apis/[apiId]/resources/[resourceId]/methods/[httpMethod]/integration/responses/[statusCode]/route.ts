// PUT and DELETE /api/console/apis/[apiId]/resources/[resourceId]/methods/[httpMethod]/integration/responses/[statusCode]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putIntegrationResponseSchema } from "@/lib/schemas/integration.schema";
import { deleteIntegrationResponse } from "@/lib/services/integrations/delete-integration-response";
import { putIntegrationResponse } from "@/lib/services/integrations/put-integration-response";

type Params = { apiId: string; resourceId: string; httpMethod: string; statusCode: string };

export const PUT = consoleRoute<Params>(async (request, { params }) =>
  putIntegrationResponse(
    params.apiId,
    params.resourceId,
    params.httpMethod,
    params.statusCode,
    await parseBody(request, putIntegrationResponseSchema),
  ),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteIntegrationResponse(params.apiId, params.resourceId, params.httpMethod, params.statusCode);
});
