// GET /api/console/functions/[functionName]/invocations: the recorded invocations, newest first (the last 100)
import { listFunctionInvocations } from "@/lib/services/functions/list-function-invocations";
import { functionNameParam, functionsRoute } from "../../_lib/functions-route";

type Params = { functionName: string };

export const GET = functionsRoute<Params>(async (_request, { params }) => ({
  items: await listFunctionInvocations(functionNameParam(params.functionName)),
}));
