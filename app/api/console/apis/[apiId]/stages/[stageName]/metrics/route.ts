// GET /api/console/apis/[apiId]/stages/[stageName]/metrics?canary=true|false (the last hour, one bucket per minute)
import { badRequest } from "@/lib/errors";
import { consoleRoute } from "@/lib/http/console-route";
import { getStageMetrics } from "@/lib/services/telemetry/get-stage-metrics";

type Params = { apiId: string; stageName: string };

const MINUTE_MS = 60_000;

export const GET = consoleRoute<Params>(async (request, { params }) => {
  const canary = readCanaryFilter(request.nextUrl.searchParams.get("canary"));
  const now = Date.now();
  // 60 whole-minute buckets ending with the current, still-filling minute.
  const from = new Date(Math.floor(now / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS);
  return getStageMetrics(params.apiId, params.stageName, { from, to: new Date(now), ...(canary !== undefined ? { canary } : {}) });
});

/** Absent: the stage's and the canary's requests together. */
function readCanaryFilter(value: string | null): boolean | undefined {
  if (value === null || value === "") return undefined;
  if (value === "true" || value === "false") return value === "true";
  throw badRequest("canary is true or false.");
}
