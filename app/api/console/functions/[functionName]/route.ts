// GET /api/console/functions/[functionName] ($LATEST), PATCH (UpdateFunctionConfiguration), DELETE (with all versions)
import { parseBody } from "@/lib/http/parse-body";
import { updateFunctionConfigurationSchema } from "@/lib/schemas/function.schema";
import { deleteFunction } from "@/lib/services/functions/delete-function";
import { getFunctionOrThrow } from "@/lib/services/functions/get-function";
import { updateFunctionConfiguration } from "@/lib/services/functions/update-function-configuration";
import { functionNameParam, functionsRoute } from "../_lib/functions-route";

type Params = { functionName: string };

export const GET = functionsRoute<Params>(async (_request, { params }) => (await getFunctionOrThrow(functionNameParam(params.functionName))).view);

export const PATCH = functionsRoute<Params>(async (request, { params }) =>
  updateFunctionConfiguration(functionNameParam(params.functionName), await parseBody(request, updateFunctionConfigurationSchema)),
);

export const DELETE = functionsRoute<Params>(async (_request, { params }) => {
  await deleteFunction(functionNameParam(params.functionName));
});
