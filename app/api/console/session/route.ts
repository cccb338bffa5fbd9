// POST /api/console/session (sign in) and DELETE /api/console/session (sign out)
import { cookies } from "next/headers";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "@/lib/auth/session";
import { publicRoute } from "@/lib/http/console-route";
import { parseBody } from "@/lib/http/parse-body";
import { signInSchema } from "@/lib/schemas/auth.schema";
import { signIn } from "@/lib/services/auth/sign-in";
import { signOut } from "@/lib/services/auth/sign-out";

export const POST = publicRoute(async (request) => {
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "127.0.0.1";
  const session = await signIn(await parseBody(request, signInSchema), { ip });
  await setSessionCookie(session.token, session.expiresAt);
  return { user: session.user };
});

export const DELETE = publicRoute(async () => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await signOut(token);
  await clearSessionCookie();
  return undefined;
});
