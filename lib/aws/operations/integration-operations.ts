/** PutIntegration, GetIntegration, DeleteIntegration and the integration responses (Put, Get, Delete). */
import { putIntegrationResponseSchema, putIntegrationSchema } from "@/lib/schemas/integration.schema";
import { deleteIntegration } from "@/lib/services/integrations/delete-integration";
import { deleteIntegrationResponse } from "@/lib/services/integrations/delete-integration-response";
import { getIntegrationOrThrow } from "@/lib/services/integrations/get-integration-or-throw";
import { getIntegrationResponseOrThrow } from "@/lib/services/integrations/get-integration-response-or-throw";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putIntegrationResponse } from "@/lib/services/integrations/put-integration-response";
import { toWireIntegration, toWireIntegrationResponse } from "../shapes/method-shapes";
import { parseWire, rejectUnsupportedFields, type OperationHandler } from "./wire-input";

export const integrationOperations: Record<string, OperationHandler> = {
  // On the wire "httpMethod" in the body is the backend's method (the SDK's integrationHttpMethod).
  PutIntegration: async ({ params, body }) => {
    rejectUnsupportedFields(body, ["credentials", "connectionId", "tlsConfig"], "PutIntegration");
    const input = parseWire(putIntegrationSchema, body);
    return toWireIntegration(await putIntegration(params.restApiId, params.resourceId, params.httpMethod, input));
  },
  GetIntegration: async ({ params }) =>
    toWireIntegration(await getIntegrationOrThrow(params.restApiId, params.resourceId, params.httpMethod)),
  DeleteIntegration: async ({ params }) => {
    await deleteIntegration(params.restApiId, params.resourceId, params.httpMethod);
    return undefined;
  },
  PutIntegrationResponse: async ({ params, body }) => {
    const input = parseWire(putIntegrationResponseSchema, body);
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireIntegrationResponse(await putIntegrationResponse(restApiId, resourceId, httpMethod, statusCode, input));
  },
  GetIntegrationResponse: async ({ params }) => {
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireIntegrationResponse(await getIntegrationResponseOrThrow(restApiId, resourceId, httpMethod, statusCode));
  },
  DeleteIntegrationResponse: async ({ params }) => {
    await deleteIntegrationResponse(params.restApiId, params.resourceId, params.httpMethod, params.statusCode);
    return undefined;
  },
};
