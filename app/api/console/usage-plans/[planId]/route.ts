// GET, PATCH and DELETE /api/console/usage-plans/[planId]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { consoleUpdateUsagePlanSchema } from "@/lib/schemas/usage-plan.schema";
import { deleteUsagePlan } from "@/lib/services/usage-plans/delete-usage-plan";
import { getUsagePlanDetail } from "@/lib/services/usage-plans/list-usage-plan-details";
import { updateUsagePlan } from "@/lib/services/usage-plans/update-usage-plan";

type Params = { planId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getUsagePlanDetail(params.planId));

export const PATCH = consoleRoute<Params>(async (request, { params }) => {
  await updateUsagePlan(params.planId, await parseBody(request, consoleUpdateUsagePlanSchema));
  return getUsagePlanDetail(params.planId);
});

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteUsagePlan(params.planId);
});
