// GET /api/console/functions/[functionName]/code ($LATEST's handler file) and PUT (save it: UpdateFunctionCode)
import { parseBody } from "@/lib/http/parse-body";
import { saveFunctionSourceSchema } from "@/lib/schemas/function.schema";
import { getFunctionSource, updateFunctionSource } from "@/lib/services/functions/zip-source";
import { functionNameParam, functionsRoute } from "../../_lib/functions-route";

type Params = { functionName: string };

export const GET = functionsRoute<Params>(async (_request, { params }) => getFunctionSource(functionNameParam(params.functionName)));

export const PUT = functionsRoute<Params>(async (request, { params }) =>
  updateFunctionSource(functionNameParam(params.functionName), await parseBody(request, saveFunctionSourceSchema)),
);
