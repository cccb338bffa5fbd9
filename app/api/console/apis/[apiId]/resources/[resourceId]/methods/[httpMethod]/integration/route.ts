// PUT /api/console/apis/[apiId]/resources/[resourceId]/methods/[httpMethod]/integration (create or replace)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putIntegrationSchema } from "@/lib/schemas/integration.schema";
import { putIntegration } from "@/lib/services/integrations/put-integration";

type Params = { apiId: string; resourceId: string; httpMethod: string };

export const PUT = consoleRoute<Params>(async (request, { params }) =>
  putIntegration(params.apiId, params.resourceId, params.httpMethod, await parseBody(request, putIntegrationSchema)),
);
