import "server-only";
import type { NextRequest } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { errorResponse } from "./error-response";

type UserView = Awaited<ReturnType<typeof requireApiUser>>;

export interface ConsoleRouteContext<P> {
  params: P;
  user: UserView;
}

type Handler<P> = (request: NextRequest, context: ConsoleRouteContext<P>) => Promise<unknown>;

/**
 * The one wrapper every console JSON route goes through: session check, then the handler, then JSON.
 * A handler returns a plain value (sent as JSON; Dates become ISO strings), `undefined` (204) or its own Response.
 */
export function consoleRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireApiUser();
      const result = await handler(request, { params: await context.params, user });
      return toResponse(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** For the few routes that must work without a session (signing in). */
export function publicRoute(handler: (request: NextRequest) => Promise<unknown>) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      return toResponse(await handler(request));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

function toResponse(result: unknown): Response {
  if (result instanceof Response) return result;
  if (result === undefined) return new Response(null, { status: 204 });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
