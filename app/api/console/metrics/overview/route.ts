// GET /api/console/metrics/overview[?range=1h | ?from=..&to=..] (every API's traffic, for the account's dashboard)
import { consoleRoute } from "@/lib/http/console-route";
import { metricsOverviewQuerySchema } from "@/lib/schemas/metrics-query.schema";
import { getMetricsOverview } from "@/lib/services/metrics/get-metrics-overview";
import { metricsWindow } from "@/lib/services/metrics/metric-window";
import { parseInput } from "@/lib/services/parse-input";

export const GET = consoleRoute(async (request) => {
  const query = parseInput(metricsOverviewQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  const now = new Date();
  const { from, to } = metricsWindow(query, now);
  return getMetricsOverview(from, to, now);
});
