// GET /api/console/apis/[apiId]/deployments/diff?from=..&to=.. (what repointing a stage from one deployment to the other changes)
import { z } from "zod";
import { consoleRoute } from "@/lib/http/console-route";
import { parseInput } from "@/lib/services/parse-input";
import { diffDeployments } from "@/lib/services/deployments/diff-deployments";

type Params = { apiId: string };

const diffQuerySchema = z.object({
  from: z.string().min(1, "Name the deployment to compare from (from=...)."),
  to: z.string().min(1, "Name the deployment to compare to (to=...)."),
});

export const GET = consoleRoute<Params>(async (request, { params }) => {
  const query = parseInput(diffQuerySchema, { from: request.nextUrl.searchParams.get("from") ?? "", to: request.nextUrl.searchParams.get("to") ?? "" });
  return diffDeployments(params.apiId, query.from, query.to);
});
