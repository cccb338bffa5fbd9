// PATCH /api/console/functions/[functionName]/aliases/[aliasName] (UpdateAlias) and DELETE (DeleteAlias)
import { parseBody } from "@/lib/http/parse-body";
import { additionalVersionWeights, updateAliasSchema } from "@/lib/schemas/function.schema";
import { deleteAlias } from "@/lib/services/functions/delete-alias";
import { updateAlias } from "@/lib/services/functions/update-alias";
import { functionNameParam, functionsRoute } from "../../../_lib/functions-route";

type Params = { functionName: string; aliasName: string };

export const PATCH = functionsRoute<Params>(async (request, { params }) => {
  const { routing, ...input } = await parseBody(request, updateAliasSchema);
  return updateAlias(functionNameParam(params.functionName), params.aliasName, {
    ...input,
    ...(routing !== undefined ? { additionalVersionWeights: additionalVersionWeights(routing) } : {}),
  });
});

export const DELETE = functionsRoute<Params>(async (_request, { params }) => {
  await deleteAlias(functionNameParam(params.functionName), params.aliasName);
});
