// GET /api/console/functions/[functionName]/versions ($LATEST, then published versions) and POST (PublishVersion)
import { parseBody } from "@/lib/http/parse-body";
import { publishVersionSchema } from "@/lib/schemas/function.schema";
import { listVersionsByFunction } from "@/lib/services/functions/list-versions-by-function";
import { publishVersion } from "@/lib/services/functions/publish-version";
import { allPages, functionNameParam, functionsRoute } from "../../_lib/functions-route";

type Params = { functionName: string };

export const GET = functionsRoute<Params>(async (_request, { params }) => {
  const name = functionNameParam(params.functionName);
  return { items: await allPages((marker) => listVersionsByFunction(name, { marker })) };
});

export const POST = functionsRoute<Params>(async (request, { params }) =>
  publishVersion(functionNameParam(params.functionName), await parseBody(request, publishVersionSchema)),
);
