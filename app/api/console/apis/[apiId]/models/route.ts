// GET /api/console/apis/[apiId]/models (list) and POST (create)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createModelSchema } from "@/lib/schemas/model.schema";
import { createModel } from "@/lib/services/models/create-model";
import { listModels } from "@/lib/services/models/list-models";

type Params = { apiId: string };

// 500 is AWS's page-size limit; the console shows one page.
export const GET = consoleRoute<Params>(async (_request, { params }) => listModels(params.apiId, { limit: 500 }));

export const POST = consoleRoute<Params>(async (request, { params }) => createModel(params.apiId, await parseBody(request, createModelSchema)));
