/** PutGatewayResponse, GetGatewayResponses, GetGatewayResponse, UpdateGatewayResponse, DeleteGatewayResponse. */
import { isGatewayResponseType } from "@/lib/domain/gateway-responses";
import { putGatewayResponseSchema } from "@/lib/schemas/gateway-response.schema";
import { deleteGatewayResponse } from "@/lib/services/gateway-responses/delete-gateway-response";
import { getGatewayResponse } from "@/lib/services/gateway-responses/get-gateway-response";
import { listGatewayResponses } from "@/lib/services/gateway-responses/list-gateway-responses";
import { putGatewayResponse } from "@/lib/services/gateway-responses/put-gateway-response";
import { updateGatewayResponse } from "@/lib/services/gateway-responses/update-gateway-response";
import { toUpdateGatewayResponseInput } from "../patch/api-part-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireGatewayResponse } from "../shapes/api-part-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { enumValidationError } from "../wire-error";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

// The order AWS's ValidationException lists the types in.
const AWS_TYPE_ORDER = [
  "REQUEST_TOO_LARGE", "RESOURCE_NOT_FOUND", "AUTHORIZER_CONFIGURATION_ERROR", "MISSING_AUTHENTICATION_TOKEN", "BAD_REQUEST_BODY",
  "INVALID_SIGNATURE", "INVALID_API_KEY", "BAD_REQUEST_PARAMETERS", "AUTHORIZER_FAILURE", "UNAUTHORIZED", "INTEGRATION_TIMEOUT",
  "ACCESS_DENIED", "DEFAULT_4XX", "DEFAULT_5XX", "WAF_FILTERED", "QUOTA_EXCEEDED", "THROTTLED", "API_CONFIGURATION_ERROR",
  "UNSUPPORTED_MEDIA_TYPE", "INTEGRATION_FAILURE", "EXPIRED_TOKEN",
];

/** AWS checks the path's responseType against its enum before anything else. */
function responseTypeOf(params: Record<string, string>): string {
  if (!isGatewayResponseType(params.responseType)) throw enumValidationError(params.responseType, "responseType", AWS_TYPE_ORDER);
  return params.responseType;
}

export const gatewayResponseOperations: Record<string, OperationHandler> = {
  PutGatewayResponse: async ({ params, body }) => {
    const type = responseTypeOf(params);
    return toWireGatewayResponse(await putGatewayResponse(params.restApiId, type, parseWire(putGatewayResponseSchema, body)));
  },
  GetGatewayResponses: async ({ params, query }) => {
    const opts = { position: queryString(query, "position"), limit: queryInt(query, "limit") };
    return toWireList(await listGatewayResponses(params.restApiId, opts), toWireGatewayResponse);
  },
  GetGatewayResponse: async ({ params }) => toWireGatewayResponse(await getGatewayResponse(params.restApiId, responseTypeOf(params))),
  UpdateGatewayResponse: async ({ params, body }) => {
    const type = responseTypeOf(params);
    return toWireGatewayResponse(await updateGatewayResponse(params.restApiId, type, toUpdateGatewayResponseInput(parsePatchOperations(body))));
  },
  DeleteGatewayResponse: async ({ params }) => {
    await deleteGatewayResponse(params.restApiId, responseTypeOf(params));
    return undefined;
  },
};
