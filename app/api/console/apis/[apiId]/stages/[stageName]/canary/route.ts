// PUT /api/console/apis/[apiId]/stages/[stageName]/canary (create or replace the canary) and DELETE (remove it)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { canarySettingsSchema } from "@/lib/schemas/stage.schema";
import { deleteCanary } from "@/lib/services/stages/delete-canary";
import { setCanary } from "@/lib/services/stages/set-canary";

type Params = { apiId: string; stageName: string };

export const PUT = consoleRoute<Params>(async (request, { params, user }) =>
  setCanary(params.apiId, params.stageName, await parseBody(request, canarySettingsSchema), user.email),
);

export const DELETE = consoleRoute<Params>(async (_request, { params, user }) => deleteCanary(params.apiId, params.stageName, user.email));
