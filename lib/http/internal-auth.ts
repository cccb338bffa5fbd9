import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "../env";

/**
 * The gateway runtime authenticates to the control plane with a shared bearer token (PORTICO_INTERNAL_TOKEN;
 * `npm start` generates one per launch and hands it to both processes). Without a configured token the
 * internal endpoints are closed.
 */
export function isInternalRequest(request: Request): boolean {
  const expected = env.internalToken;
  if (!expected) return false;
  const header = request.headers.get("authorization") ?? "";
  const given = header.startsWith("Bearer ") ? header.slice(7) : "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function internalForbidden(): Response {
  return Response.json({ message: "Forbidden" }, { status: 403 });
}
