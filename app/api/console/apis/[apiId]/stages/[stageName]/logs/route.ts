// GET /api/console/apis/[apiId]/stages/[stageName]/logs?from&to&status&method&resourcePath&path&requestId&apiKeyId&canary&errorType&before&limit
import { consoleRoute } from "@/lib/http/console-route";
import { listRequestLogs } from "@/lib/services/telemetry/list-request-logs";

type Params = { apiId: string; stageName: string };

// { items, nextCursor }: newest first; pass nextCursor as `before` for the next page.
export const GET = consoleRoute<Params>(async (request, { params }) =>
  listRequestLogs(params.apiId, params.stageName, Object.fromEntries(request.nextUrl.searchParams)),
);
