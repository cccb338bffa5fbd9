import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../../db";
import { PorticoError } from "../../errors";
import { signInSchema, type SignInInput } from "../../schemas/auth.schema";
import { parseInput } from "../parse-input";
import { DUMMY_HASH, verifyPassword } from "./passwords";
import { clearFailures, failureDelayMs, recordFailure } from "./sign-in-throttle";

export interface UserView { id: string; email: string; role: string }

// 12 hours: a working day; sign in again after.
const SESSION_TTL_MS = 12 * 60 * 60_000;

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Checks e-mail and password; wrong credentials get one message after a growing delay. */
export async function signIn(input: SignInInput, meta: { ip: string }): Promise<{ token: string; expiresAt: Date; user: UserView }> {
  const { email, password } = parseInput(signInSchema, input);
  const user = await db().user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  // Keyed by account, not by client address: X-Forwarded-For is client-controlled, and an attacker rotating it
  // must not escape the slowdown. The address is kept for the log line only.
  const throttleKey = email;
  if (!user || !ok) {
    const delay = failureDelayMs(throttleKey, Date.now());
    recordFailure(throttleKey, Date.now());
    console.warn(`[auth] failed sign-in for ${email} from ${meta.ip}`);
    await sleep(delay);
    throw new PorticoError("UnauthorizedException", "Wrong e-mail or password.");
  }
  clearFailures(throttleKey);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db().session.create({ data: { id: hashSessionToken(token), userId: user.id, expiresAt } });
  return { token, expiresAt, user: { id: user.id, email: user.email, role: user.role } };
}
