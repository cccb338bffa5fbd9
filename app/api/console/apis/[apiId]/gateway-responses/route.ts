// GET /api/console/apis/[apiId]/gateway-responses: all 21 types, customised or AWS's default
import { consoleRoute } from "@/lib/http/console-route";
import { listGatewayResponses } from "@/lib/services/gateway-responses/list-gateway-responses";

type Params = { apiId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => listGatewayResponses(params.apiId, { limit: 500 }));
