// GET /api/console/functions (every function's $LATEST with its version count) and POST (create with starter code)
import { env } from "@/lib/env";
import { parseBody } from "@/lib/http/parse-body";
import { createFunctionSchema } from "@/lib/schemas/function.schema";
import { createFunction } from "@/lib/services/functions/create-function";
import { listFunctions } from "@/lib/services/functions/list-functions";
import { starterZip } from "@/lib/services/functions/zip-source";
import { summarizeFunctions } from "./_lib/function-summaries";
import { allPages, functionsRoute } from "./_lib/functions-route";

export const GET = functionsRoute(async () => ({
  items: summarizeFunctions(await allPages((marker) => listFunctions({ functionVersion: "ALL", marker }))),
}));

export const POST = functionsRoute(async (request) => {
  const input = await parseBody(request, createFunctionSchema);
  return createFunction({
    ...input,
    // Lambda requires a role; Portico runs functions without IAM, so the console names a placeholder one.
    role: `arn:aws:iam::${env.accountId}:role/portico-function`,
    zipFile: starterZip(input.handler),
  });
});
