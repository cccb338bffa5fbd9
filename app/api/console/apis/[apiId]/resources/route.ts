// GET /api/console/apis/[apiId]/resources (with methods embedded) and POST (create a child resource)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createResourceSchema } from "@/lib/schemas/resource.schema";
import { createResource } from "@/lib/services/resources/create-resource";
import { listResources } from "@/lib/services/resources/list-resources";

type Params = { apiId: string };

// 500 is AWS's page-size limit and above its 300-resources-per-API quota, so one page holds the whole tree.
export const GET = consoleRoute<Params>(async (_request, { params }) =>
  listResources(params.apiId, { embedMethods: true, limit: 500 }),
);

export const POST = consoleRoute<Params>(async (request, { params }) =>
  createResource(params.apiId, await parseBody(request, createResourceSchema)),
);
