// GET /api/console/functions/[functionName]/aliases and POST (CreateAlias, optionally weighted to a second version)
import { parseBody } from "@/lib/http/parse-body";
import { additionalVersionWeights, createAliasSchema } from "@/lib/schemas/function.schema";
import { createAlias } from "@/lib/services/functions/create-alias";
import { listAliases } from "@/lib/services/functions/list-aliases";
import { allPages, functionNameParam, functionsRoute } from "../../_lib/functions-route";

type Params = { functionName: string };

export const GET = functionsRoute<Params>(async (_request, { params }) => {
  const name = functionNameParam(params.functionName);
  return { items: await allPages((marker) => listAliases(name, { marker })) };
});

export const POST = functionsRoute<Params>(async (request, { params }) => {
  const { name, functionVersion, description, routing } = await parseBody(request, createAliasSchema);
  return createAlias(functionNameParam(params.functionName), name, { functionVersion, description, additionalVersionWeights: additionalVersionWeights(routing) });
});
