import { db } from "../../db";
import { hashSessionToken, type UserView } from "./sign-in";

/** The signed-in user for a session token, or null when the session is unknown or expired. */
export async function getSessionUser(token: string): Promise<UserView | null> {
  if (!token) return null;
  const session = await db().session.findUnique({ where: { id: hashSessionToken(token) }, include: { user: true } });
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now()) {
    await db().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return { id: session.user.id, email: session.user.email, role: session.user.role };
}
