import { db } from "../../db";
import { hashSessionToken } from "./sign-in";

export async function signOut(token: string): Promise<void> {
  await db().session.deleteMany({ where: { id: hashSessionToken(token) } });
}
