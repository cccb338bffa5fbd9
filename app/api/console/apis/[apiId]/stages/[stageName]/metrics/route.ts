// GET /api/console/apis/[apiId]/stages/[stageName]/metrics (the last hour, one bucket per minute)
import { consoleRoute } from "@/lib/http/console-route";
import { getStageMetrics } from "@/lib/services/telemetry/get-stage-metrics";

type Params = { apiId: string; stageName: string };

const MINUTE_MS = 60_000;

export const GET = consoleRoute<Params>(async (_request, { params }) => {
  const now = Date.now();
  // 60 whole-minute buckets ending with the current, still-filling minute.
  const from = new Date(Math.floor(now / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS);
  return getStageMetrics(params.apiId, params.stageName, { from, to: new Date(now) });
});
