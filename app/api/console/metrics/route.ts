// GET /api/console/metrics?apiId=..[&stage&resourcePath&httpMethod&canary&apiKeyId][&range=1h | &from=..&to=..] (one API's dashboard)
import { consoleRoute } from "@/lib/http/console-route";
import { metricsQuerySchema } from "@/lib/schemas/metrics-query.schema";
import { getMetrics } from "@/lib/services/metrics/get-metrics";
import { metricsWindow } from "@/lib/services/metrics/metric-window";
import { parseInput } from "@/lib/services/parse-input";

export const GET = consoleRoute(async (request) => {
  const query = parseInput(metricsQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  const { apiId, stage, resourcePath, httpMethod, canary, apiKeyId } = query;
  const now = new Date();
  return getMetrics({ restApiId: apiId, stageName: stage, resourcePath, httpMethod, canary, apiKeyId, ...metricsWindow(query, now) }, now);
});
