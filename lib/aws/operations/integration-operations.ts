/** PutIntegration, GetIntegration, UpdateIntegration, DeleteIntegration and the integration responses. */
import { INTEGRATION_TYPES } from "@/lib/domain/snapshot";
import { putIntegrationResponseSchema, putIntegrationSchema } from "@/lib/schemas/integration.schema";
import { deleteIntegration } from "@/lib/services/integrations/delete-integration";
import { deleteIntegrationResponse } from "@/lib/services/integrations/delete-integration-response";
import { getIntegrationOrThrow } from "@/lib/services/integrations/get-integration-or-throw";
import { getIntegrationResponseOrThrow } from "@/lib/services/integrations/get-integration-response-or-throw";
import { putIntegration } from "@/lib/services/integrations/put-integration";
import { putIntegrationResponse } from "@/lib/services/integrations/put-integration-response";
import { updateIntegration } from "@/lib/services/integrations/update-integration";
import { updateIntegrationResponse } from "@/lib/services/integrations/update-integration-response";
import { toUpdateIntegrationInput, toUpdateIntegrationResponseInput } from "../patch/integration-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireIntegration, toWireIntegrationResponse } from "../shapes/method-shapes";
import { enumValidationError, nullValidationError } from "../wire-error";
import { parseWire, rejectUnsupportedFields, type OperationHandler } from "./wire-input";

// The order AWS's ValidationException lists the integration types in.
const AWS_TYPE_ORDER = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"];

/** AWS validates the type against its enum before anything else, with a ValidationException. */
function checkIntegrationType(type: unknown): void {
  if (type === undefined || type === null) throw nullValidationError("putIntegrationInput.type");
  const text = String(type);
  if (!(INTEGRATION_TYPES as readonly string[]).includes(text)) throw enumValidationError(text, "putIntegrationInput.type", AWS_TYPE_ORDER);
}

export const integrationOperations: Record<string, OperationHandler> = {
  // On the wire "httpMethod" in the body is the backend's method (the SDK's integrationHttpMethod).
  PutIntegration: async ({ params, body }) => {
    rejectUnsupportedFields(body, ["connectionId", "tlsConfig"], "PutIntegration");
    checkIntegrationType(body.type);
    const input = parseWire(putIntegrationSchema, body);
    return toWireIntegration(await putIntegration(params.restApiId, params.resourceId, params.httpMethod, input));
  },
  GetIntegration: async ({ params }) =>
    toWireIntegration(await getIntegrationOrThrow(params.restApiId, params.resourceId, params.httpMethod)),
  UpdateIntegration: async ({ params, body }) => {
    const input = toUpdateIntegrationInput(parsePatchOperations(body));
    return toWireIntegration(await updateIntegration(params.restApiId, params.resourceId, params.httpMethod, input));
  },
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
  UpdateIntegrationResponse: async ({ params, body }) => {
    const input = toUpdateIntegrationResponseInput(parsePatchOperations(body));
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireIntegrationResponse(await updateIntegrationResponse(restApiId, resourceId, httpMethod, statusCode, input));
  },
  DeleteIntegrationResponse: async ({ params }) => {
    await deleteIntegrationResponse(params.restApiId, params.resourceId, params.httpMethod, params.statusCode);
    return undefined;
  },
};
