// GET /api/console/apis/[apiId]/stages/[stageName]/logs/[logId]: one request with its timeline and explanation
import { consoleRoute } from "@/lib/http/console-route";
import { getRequestLogOrThrow } from "@/lib/services/logs/get-request-log-or-throw";

type Params = { apiId: string; stageName: string; logId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) =>
  getRequestLogOrThrow(params.apiId, params.stageName, params.logId),
);
