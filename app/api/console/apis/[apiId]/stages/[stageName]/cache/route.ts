// PUT /api/console/apis/[apiId]/stages/[stageName]/cache (cache cluster on/off, size) and DELETE (flush the cache)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateStageCacheSchema } from "@/lib/schemas/stage.schema";
import { flushStageCache } from "@/lib/services/stages/flush-stage-cache";
import { updateStageCache } from "@/lib/services/stages/update-stage-cache";

type Params = { apiId: string; stageName: string };

export const PUT = consoleRoute<Params>(async (request, { params, user }) =>
  updateStageCache(params.apiId, params.stageName, await parseBody(request, updateStageCacheSchema), user.email),
);

export const DELETE = consoleRoute<Params>(async (_request, { params, user }) => {
  await flushStageCache(params.apiId, params.stageName, user.email);
  return undefined;
});
