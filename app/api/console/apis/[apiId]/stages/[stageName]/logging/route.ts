// GET and PATCH /api/console/apis/[apiId]/stages/[stageName]/logging (access log settings and log retention)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateStageLoggingSchema } from "@/lib/schemas/stage.schema";
import { getStageLogging } from "@/lib/services/stages/get-stage-logging";
import { updateStageLogging } from "@/lib/services/stages/update-stage-logging";

type Params = { apiId: string; stageName: string };

export const GET = consoleRoute<Params>(async (_request, { params }) => getStageLogging(params.apiId, params.stageName));

export const PATCH = consoleRoute<Params>(async (request, { params, user }) =>
  updateStageLogging(params.apiId, params.stageName, await parseBody(request, updateStageLoggingSchema), user.email),
);
