/** GetResources, GetResource, CreateResource, DeleteResource. */
import { createResourceSchema } from "@/lib/schemas/resource.schema";
import { createResource } from "@/lib/services/resources/create-resource";
import { deleteResource } from "@/lib/services/resources/delete-resource";
import { getResourceOrThrow } from "@/lib/services/resources/get-resource-or-throw";
import { listResources } from "@/lib/services/resources/list-resources";
import { toWireResource } from "../shapes/method-shapes";
import { toWireList } from "../shapes/rest-api-shapes";
import { parseWire, queryEmbeds, queryInt, queryString, type OperationHandler } from "./wire-input";

export const resourceOperations: Record<string, OperationHandler> = {
  GetResources: async ({ params, query }) => {
    const embed = queryEmbeds(query, "methods");
    // Methods are always fetched: without embed AWS still names them ({"GET": {}}).
    const page = await listResources(params.restApiId, {
      embedMethods: true,
      position: queryString(query, "position"),
      limit: queryInt(query, "limit"),
    });
    return toWireList(page, (resource) => toWireResource(resource, embed));
  },
  GetResource: async ({ params, query }) => {
    const resource = await getResourceOrThrow(params.restApiId, params.resourceId, { embedMethods: true });
    return toWireResource(resource, queryEmbeds(query, "methods"));
  },
  CreateResource: async ({ params, body }) => {
    const input = parseWire(createResourceSchema, { parentId: params.parentId, pathPart: body.pathPart });
    return toWireResource(await createResource(params.restApiId, input), false);
  },
  DeleteResource: async ({ params }) => {
    await deleteResource(params.restApiId, params.resourceId);
    return undefined;
  },
};
