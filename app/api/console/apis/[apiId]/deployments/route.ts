// GET /api/console/apis/[apiId]/deployments (newest first) and POST (deploy, optionally to a stage or to its canary)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { consoleDeploySchema } from "@/lib/schemas/stage.schema";
import { createDeployment } from "@/lib/services/deployments/create-deployment";
import { listDeployments } from "@/lib/services/deployments/list-deployments";

type Params = { apiId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => listDeployments(params.apiId, { limit: 500 }));

export const POST = consoleRoute<Params>(async (request, { params, user }) => {
  const { canary, ...input } = await parseBody(request, consoleDeploySchema);
  return createDeployment(params.apiId, { ...input, ...(canary ? { canarySettings: canary } : {}) }, user.email);
});
