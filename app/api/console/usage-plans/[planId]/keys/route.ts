// POST /api/console/usage-plans/[planId]/keys { keyId } (attach a key)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { createUsagePlanKeySchema } from "@/lib/schemas/usage-plan.schema";
import { createUsagePlanKey } from "@/lib/services/usage-plans/create-usage-plan-key";
import { getUsagePlanDetail } from "@/lib/services/usage-plans/list-usage-plan-details";

type Params = { planId: string };

export const POST = consoleRoute<Params>(async (request, { params }) => {
  await createUsagePlanKey(params.planId, await parseBody(request, createUsagePlanKeySchema));
  return getUsagePlanDetail(params.planId);
});
