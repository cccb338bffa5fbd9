// POST /api/console/apis/[apiId]/resources/[resourceId]/cors: the console's Enable CORS on a resource
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { enableCors } from "@/lib/services/cors/enable-cors";
import { enableCorsSchema } from "@/lib/schemas/cors.schema";

type Params = { apiId: string; resourceId: string };

export const POST = consoleRoute<Params>(async (request, { params }) =>
  enableCors(params.apiId, params.resourceId, await parseBody(request, enableCorsSchema)),
);
