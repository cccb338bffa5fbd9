import { randomBytes } from "node:crypto";
import { db } from "../../db";
import { newRowId } from "../../ids";
import { hashPassword } from "./passwords";

/**
 * First start: creates the administrator. E-mail and password from PORTICO_ADMIN_EMAIL / PORTICO_ADMIN_PASSWORD,
 * or a generated password that the caller prints once. Does nothing once any user exists.
 */
export async function bootstrapAdmin(opts: { email?: string; password?: string }): Promise<{ email: string; generatedPassword?: string } | null> {
  if ((await db().user.count()) > 0) return null;
  const email = (opts.email?.trim() || "admin@portico.local").toLowerCase();
  const given = opts.password || undefined; // an empty variable counts as unset
  const generatedPassword = given ? undefined : randomBytes(12).toString("base64url");
  const password = given ?? generatedPassword!;
  if (password.length < 8) throw new Error("PORTICO_ADMIN_PASSWORD must be at least 8 characters.");
  await db().user.create({ data: { id: newRowId(), email, passwordHash: await hashPassword(password), role: "admin" } });
  return { email, generatedPassword };
}
