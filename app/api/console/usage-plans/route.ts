// GET /api/console/usage-plans and POST (create)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createUsagePlanSchema } from "@/lib/schemas/usage-plan.schema";
import { createUsagePlan } from "@/lib/services/usage-plans/create-usage-plan";
import { getUsagePlanDetail, listUsagePlanDetails } from "@/lib/services/usage-plans/list-usage-plan-details";

export const GET = consoleRoute(async () => listUsagePlanDetails());

export const POST = consoleRoute(async (request) => {
  const plan = await createUsagePlan(await parseBody(request, createUsagePlanSchema));
  return getUsagePlanDetail(plan.id);
});
