// PUT (customise) and DELETE (back to AWS's default) /api/console/apis/[apiId]/gateway-responses/[responseType]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putGatewayResponseSchema } from "@/lib/schemas/gateway-response.schema";
import { deleteGatewayResponse } from "@/lib/services/gateway-responses/delete-gateway-response";
import { putGatewayResponse } from "@/lib/services/gateway-responses/put-gateway-response";

type Params = { apiId: string; responseType: string };

export const PUT = consoleRoute<Params>(async (request, { params }) =>
  putGatewayResponse(params.apiId, params.responseType, await parseBody(request, putGatewayResponseSchema)),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteGatewayResponse(params.apiId, params.responseType);
});
