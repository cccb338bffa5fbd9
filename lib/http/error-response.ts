import "server-only";
import { randomUUID } from "node:crypto";
import { isPorticoError } from "@/lib/errors";

/**
 * Maps any thrown value to the console API's error body `{ error: { code, message } }`.
 * PorticoError carries its own status and a message written for people; anything else is our bug,
 * so the client gets a 500 with a request id and the details stay in the server log under that id.
 */
export function errorResponse(error: unknown): Response {
  if (isPorticoError(error)) {
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  const requestId = randomUUID();
  console.error(`[console-api] unexpected error ${requestId}`, error);
  return Response.json(
    { error: { code: "InternalServerError", message: `Something went wrong on our side (request id ${requestId}).`, requestId } },
    { status: 500, headers: { "x-request-id": requestId } },
  );
}
