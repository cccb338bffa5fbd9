// GET /api/console/apis/[apiId]/stages/[stageName]/canary/promotion (what promoting would change) and POST (promote)
import { consoleRoute } from "@/lib/http/console-route";
import { previewCanaryPromotion } from "@/lib/services/stages/preview-canary-promotion";
import { promoteCanary } from "@/lib/services/stages/promote-canary";

type Params = { apiId: string; stageName: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => previewCanaryPromotion(params.apiId, params.stageName));

export const POST = consoleRoute<Params>(async (_request, { params, user }) => promoteCanary(params.apiId, params.stageName, user.email));
