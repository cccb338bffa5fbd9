// PUT /api/console/apis/[apiId]/stages/[stageName]/method-settings ({ key, setting }; setting null removes the override)
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { putMethodSettingSchema } from "@/lib/schemas/stage.schema";
import { putMethodSetting } from "@/lib/services/stages/put-method-setting";

type Params = { apiId: string; stageName: string };

export const PUT = consoleRoute<Params>(async (request, { params, user }) =>
  putMethodSetting(params.apiId, params.stageName, await parseBody(request, putMethodSettingSchema), user.email),
);
