import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { PorticoError } from "../errors";
import { getSessionUser } from "../services/auth/get-session-user";
import type { UserView } from "../services/auth/sign-in";

export const SESSION_COOKIE = "portico_session";

export type { UserView };

export async function getCurrentUser(): Promise<UserView | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? getSessionUser(token) : null;
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<UserView> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For console route handlers: the user, or UnauthorizedException. */
export async function requireApiUser(): Promise<UserView> {
  const user = await getCurrentUser();
  if (!user) throw new PorticoError("UnauthorizedException", "Sign in to continue.");
  return user;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    // Secure when served over HTTPS; a laptop install on http://localhost must still work.
    secure: process.env.PORTICO_COOKIE_SECURE === "true",
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
