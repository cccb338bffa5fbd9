// PATCH and DELETE /api/console/apis/[apiId]/request-validators/[validatorId]
import { consoleRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { updateRequestValidatorSchema } from "@/lib/schemas/request-validator.schema";
import { deleteRequestValidator } from "@/lib/services/request-validators/delete-request-validator";
import { updateRequestValidator } from "@/lib/services/request-validators/update-request-validator";

type Params = { apiId: string; validatorId: string };

export const PATCH = consoleRoute<Params>(async (request, { params }) =>
  updateRequestValidator(params.apiId, params.validatorId, await parseBody(request, updateRequestValidatorSchema)),
);

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteRequestValidator(params.apiId, params.validatorId);
});
