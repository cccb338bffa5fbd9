// GET /api/console/apis/[apiId]/deployments/[deploymentId]/methods (the resource paths and methods a deployment serves)
import { consoleRoute } from "@/lib/http/console-route";
import { listDeployedMethods } from "@/lib/services/deployments/list-deployed-methods";

type Params = { apiId: string; deploymentId: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => ({ items: await listDeployedMethods(params.apiId, params.deploymentId) }));
