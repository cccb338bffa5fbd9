// GET /api/console/apis/[apiId]/stages
import { consoleRoute } from "@/lib/http/console-route";
import { listStages } from "@/lib/services/stages/list-stages";

type Params = { apiId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => ({ items: await listStages(params.apiId) }));
