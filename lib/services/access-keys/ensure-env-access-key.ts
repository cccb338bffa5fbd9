import { db } from "../../db";
import { seal } from "../../crypto/secret-box";

/**
 * The bootstrap key from PORTICO_ACCESS_KEY_ID / PORTICO_SECRET_ACCESS_KEY, so scripts and tests can use the
 * management API before anyone clicks. Re-sealed on every start so a changed secret takes effect.
 */
export async function ensureEnvAccessKey(accessKeyId: string | undefined, secret: string | undefined): Promise<boolean> {
  if (!accessKeyId || !secret) return false;
  if (!/^[A-Z0-9]{16,128}$/.test(accessKeyId)) throw new Error("PORTICO_ACCESS_KEY_ID must be 16-128 uppercase letters and digits.");
  if (secret.length < 16) throw new Error("PORTICO_SECRET_ACCESS_KEY must be at least 16 characters.");
  await db().accessKey.upsert({
    where: { id: accessKeyId },
    create: { id: accessKeyId, description: "From PORTICO_ACCESS_KEY_ID", secretEncrypted: seal(secret), source: "env" },
    update: { secretEncrypted: seal(secret), source: "env" },
  });
  return true;
}
