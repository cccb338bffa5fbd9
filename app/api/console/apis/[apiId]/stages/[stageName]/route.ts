// GET and PATCH /api/console/apis/[apiId]/stages/[stageName] (GET: with settings; PATCH: move to a deployment, edit variables, settings edits)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateStageSchema } from "@/lib/schemas/stage.schema";
import { getStageOrThrow } from "@/lib/services/stages/get-stage-or-throw";
import { updateStage } from "@/lib/services/stages/update-stage";

type Params = { apiId: string; stageName: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getStageOrThrow(params.apiId, params.stageName));

export const PATCH = consoleRoute<Params>(async (request, { params, user }) =>
  updateStage(params.apiId, params.stageName, await parseBody(request, updateStageSchema), user.email),
);
