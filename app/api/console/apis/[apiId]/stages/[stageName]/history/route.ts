// GET /api/console/apis/[apiId]/stages/[stageName]/history (deployments the stage pointed to, newest first)
import { consoleRoute } from "@/lib/http/console-route";
import { listStageHistory } from "@/lib/services/stages/list-stage-history";

type Params = { apiId: string; stageName: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => ({
  items: await listStageHistory(params.apiId, params.stageName),
}));
