/** CreateRequestValidator, GetRequestValidators, GetRequestValidator, UpdateRequestValidator, DeleteRequestValidator. */
import { createRequestValidatorSchema } from "@/lib/schemas/request-validator.schema";
import { createRequestValidator } from "@/lib/services/request-validators/create-request-validator";
import { deleteRequestValidator } from "@/lib/services/request-validators/delete-request-validator";
import { getRequestValidatorOrThrow } from "@/lib/services/request-validators/get-request-validator-or-throw";
import { listRequestValidators } from "@/lib/services/request-validators/list-request-validators";
import { updateRequestValidator } from "@/lib/services/request-validators/update-request-validator";
import { toUpdateRequestValidatorInput } from "../patch/api-part-patches";
import { parsePatchOperations } from "../patch/patch-operations";
import { toWireRequestValidator } from "../shapes/api-part-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { parseWire, queryInt, queryString, type OperationHandler } from "./wire-input";

export const requestValidatorOperations: Record<string, OperationHandler> = {
  CreateRequestValidator: async ({ params, body }) =>
    toWireRequestValidator(await createRequestValidator(params.restApiId, parseWire(createRequestValidatorSchema, body))),
  GetRequestValidators: async ({ params, query }) => {
    const opts = { position: queryString(query, "position"), limit: queryInt(query, "limit") };
    return toWireList(await listRequestValidators(params.restApiId, opts), toWireRequestValidator);
  },
  GetRequestValidator: async ({ params }) =>
    toWireRequestValidator(await getRequestValidatorOrThrow(params.restApiId, params.requestValidatorId)),
  UpdateRequestValidator: async ({ params, body }) => {
    const input = toUpdateRequestValidatorInput(parsePatchOperations(body));
    return toWireRequestValidator(await updateRequestValidator(params.restApiId, params.requestValidatorId, input));
  },
  DeleteRequestValidator: async ({ params }) => {
    await deleteRequestValidator(params.restApiId, params.requestValidatorId);
    return undefined;
  },
};
