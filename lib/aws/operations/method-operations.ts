/** PutMethod, GetMethod, UpdateMethod, DeleteMethod and the method responses (Put, Get, Update, Delete). */
import { putMethodResponseSchema, putMethodSchema } from "@/lib/schemas/method.schema";
import { deleteMethod } from "@/lib/services/methods/delete-method";
import { deleteMethodResponse } from "@/lib/services/methods/delete-method-response";
import { getMethodOrThrow } from "@/lib/services/methods/get-method-or-throw";
import { getMethodResponseOrThrow } from "@/lib/services/methods/get-method-response-or-throw";
import { putMethod } from "@/lib/services/methods/put-method";
import { putMethodResponse } from "@/lib/services/methods/put-method-response";
import { updateMethod } from "@/lib/services/methods/update-method";
import { updateMethodResponse } from "@/lib/services/methods/update-method-response";
import { testInvokeMethod } from "@/lib/services/methods/test-invoke-method";
import { z } from "zod";
import { toUpdateMethodInput, toUpdateMethodResponseInput } from "../patch/method-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireMethod, toWireMethodResponse } from "../shapes/method-shapes";
import { parseWire, rejectUnsupportedFields, type OperationHandler } from "./wire-input";

const testInvokeSchema = z.object({
  pathWithQueryString: z.string().optional(),
  body: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  multiValueHeaders: z.record(z.string(), z.array(z.string())).optional(),
  stageVariables: z.record(z.string(), z.string()).optional(),
  clientCertificateId: z.string().optional(),
});

export const methodOperations: Record<string, OperationHandler> = {
  TestInvokeMethod: async ({ params, body }) => {
    const input = parseWire(testInvokeSchema, body);
    return testInvokeMethod(params.restApiId, params.resourceId, params.httpMethod, input);
  },
  PutMethod: async ({ params, body }) => {
    // An authorizer that is stored but not enforced would be a silent security gap: refuse it.
    rejectUnsupportedFields(body, ["authorizerId", "authorizationScopes"], "PutMethod");
    const input = parseWire(putMethodSchema, body);
    return toWireMethod(await putMethod(params.restApiId, params.resourceId, params.httpMethod, input));
  },
  GetMethod: async ({ params }) => toWireMethod(await getMethodOrThrow(params.restApiId, params.resourceId, params.httpMethod)),
  UpdateMethod: async ({ params, body }) => {
    const input = toUpdateMethodInput(parsePatchOperations(body));
    return toWireMethod(await updateMethod(params.restApiId, params.resourceId, params.httpMethod, input));
  },
  DeleteMethod: async ({ params }) => {
    await deleteMethod(params.restApiId, params.resourceId, params.httpMethod);
    return undefined;
  },
  PutMethodResponse: async ({ params, body }) => {
    const input = parseWire(putMethodResponseSchema, body);
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireMethodResponse(await putMethodResponse(restApiId, resourceId, httpMethod, statusCode, input));
  },
  GetMethodResponse: async ({ params }) => {
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireMethodResponse(await getMethodResponseOrThrow(restApiId, resourceId, httpMethod, statusCode));
  },
  UpdateMethodResponse: async ({ params, body }) => {
    const input = toUpdateMethodResponseInput(parsePatchOperations(body));
    const { restApiId, resourceId, httpMethod, statusCode } = params;
    return toWireMethodResponse(await updateMethodResponse(restApiId, resourceId, httpMethod, statusCode, input));
  },
  DeleteMethodResponse: async ({ params }) => {
    await deleteMethodResponse(params.restApiId, params.resourceId, params.httpMethod, params.statusCode);
    return undefined;
  },
};
