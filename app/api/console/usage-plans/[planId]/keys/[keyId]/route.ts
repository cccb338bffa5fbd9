// DELETE /api/console/usage-plans/[planId]/keys/[keyId] (detach a key; the key stays)
import { consoleRoute } from "@/lib/http/console-route";
import { deleteUsagePlanKey } from "@/lib/services/usage-plans/delete-usage-plan-key";

type Params = { planId: string; keyId: string };

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteUsagePlanKey(params.planId, params.keyId);
});
