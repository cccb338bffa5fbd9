/** CreateRestApi, GetRestApis, GetRestApi, UpdateRestApi, DeleteRestApi. */
import { createRestApiSchema } from "@/lib/schemas/rest-api.schema";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { deleteRestApi } from "@/lib/services/rest-apis/delete-rest-api";
import { getRestApiOrThrow } from "@/lib/services/rest-apis/get-rest-api-or-throw";
import { listRestApis } from "@/lib/services/rest-apis/list-rest-apis";
import { updateRestApi } from "@/lib/services/rest-apis/update-rest-api";
import { parsePatchOperations } from "../patch/patch-operations";
import { toUpdateRestApiInput } from "../patch/update-inputs";
import { toWireList, toWireRestApi } from "../shapes/rest-api-shapes";
import { parseWire, queryInt, queryString, rejectUnsupportedFields, type OperationHandler } from "./wire-input";

const endpointTypes = (body: Record<string, unknown>): unknown => {
  const config = body.endpointConfiguration;
  return typeof config === "object" && config !== null && "types" in config ? config.types : undefined;
};

export const restApiOperations: Record<string, OperationHandler> = {
  CreateRestApi: async ({ body }) => {
    // minimumCompressionSize has no column to live in yet; refusing beats silently not compressing.
    rejectUnsupportedFields(body, ["cloneFrom", "policy", "minimumCompressionSize"], "CreateRestApi");
    const input = parseWire(createRestApiSchema, { ...body, endpointTypes: endpointTypes(body) });
    return toWireRestApi(await createRestApi(input));
  },
  GetRestApis: async ({ query }) => {
    const page = await listRestApis({ position: queryString(query, "position"), limit: queryInt(query, "limit") });
    return toWireList(page, toWireRestApi);
  },
  GetRestApi: async ({ params }) => toWireRestApi(await getRestApiOrThrow(params.restApiId)),
  UpdateRestApi: async ({ params, body }) => {
    const input = toUpdateRestApiInput(parsePatchOperations(body));
    return toWireRestApi(await updateRestApi(params.restApiId, input));
  },
  DeleteRestApi: async ({ params }) => {
    await deleteRestApi(params.restApiId);
    return undefined;
  },
};
