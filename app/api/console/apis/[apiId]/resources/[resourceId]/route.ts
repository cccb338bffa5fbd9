// DELETE /api/console/apis/[apiId]/resources/[resourceId] (the resource and its subtree)
import { consoleRoute } from "@/lib/http/console-route";
import { deleteResource } from "@/lib/services/resources/delete-resource";

type Params = { apiId: string; resourceId: string };

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteResource(params.apiId, params.resourceId);
});
