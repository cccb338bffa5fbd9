// GET /api/console/apis (list) and POST /api/console/apis (create)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createRestApiSchema } from "@/lib/schemas/rest-api.schema";
import { createRestApi } from "@/lib/services/rest-apis/create-rest-api";
import { listRestApis } from "@/lib/services/rest-apis/list-rest-apis";

// 500 is AWS's page-size limit; the console shows one page.
export const GET = consoleRoute(async () => listRestApis({ limit: 500 }));

export const POST = consoleRoute(async (request) => createRestApi(await parseBody(request, createRestApiSchema)));
