import "server-only";
import type { NextRequest } from "next/server";
import { consoleRoute, type ConsoleRouteContext } from "@/lib/http/console-route";
import { functionNameSchema } from "@/lib/schemas/function.schema";
import { parseInput } from "@/lib/services/parse-input";
import { isLambdaError } from "@/lib/services/functions/lambda-error";

/**
 * consoleRoute for the Functions routes. The function services throw LambdaError (Lambda's error types and
 * statuses, e.g. 412 PreconditionFailedException) which the shared error mapper does not know; they are sent
 * in the console's `{ error: { code, message } }` shape with Lambda's status and type, anything else goes on
 * to consoleRoute's mapper.
 */
export function functionsRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (request: NextRequest, context: ConsoleRouteContext<P>) => Promise<unknown>,
) {
  return consoleRoute<P>(async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (!isLambdaError(error)) throw error;
      return Response.json({ error: { code: error.type, message: error.message } }, { status: error.status });
    }
  });
}

/**
 * The [functionName] segment as a plain name: the services also take "name:qualifier" and ARNs, which in a
 * console URL would make DELETE /functions/pets:3 delete version 3 instead of refusing.
 */
export const functionNameParam = (value: string) => parseInput(functionNameSchema, value);

/** Reads every page of a Lambda list (at most 50 items each) for the console, which shows the whole list. */
export async function allPages<T>(list: (marker: string | undefined) => Promise<{ items: T[]; nextMarker?: string }>): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const page = await list(marker);
    items.push(...page.items);
    marker = page.nextMarker;
  } while (marker);
  return items;
}
