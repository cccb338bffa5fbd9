// POST /api/console/functions/[functionName]/invoke: the console's Test button (a RequestResponse Invoke)
import { randomUUID } from "node:crypto";
import { parseBody } from "@/lib/http/parse-body";
import type { TestInvokeJson } from "@/lib/query/functions";
import { testInvokeSchema } from "@/lib/schemas/function.schema";
import { invokeFunction } from "@/lib/services/functions/invoke-function";
import { functionNameParam, functionsRoute } from "../../_lib/functions-route";

type Params = { functionName: string };

export const POST = functionsRoute<Params>(async (request, { params }) => {
  const { qualifier, event } = await parseBody(request, testInvokeSchema);
  const outcome = await invokeFunction({
    functionName: functionNameParam(params.functionName),
    qualifier,
    payload: new TextEncoder().encode(event),
    requestId: randomUUID(),
    source: "console",
  });
  // RequestResponse is the only type this route asks for; the other outcomes cannot happen here.
  if (outcome.kind !== "completed") throw new Error(`Unexpected ${outcome.kind} outcome for a RequestResponse invoke`);
  const { result, executedVersion } = outcome;
  return {
    status: result.ok ? "Succeeded" : "Failed",
    requestId: result.requestId,
    executedVersion,
    durationMs: result.durationMs,
    // A failed invocation answers with Lambda's error document, as the Invoke API's payload.
    payload: result.ok ? result.payload : JSON.stringify(result.error),
    error: result.ok ? null : { ...result.error, kind: result.kind },
    logs: result.logs,
  } satisfies TestInvokeJson;
});
