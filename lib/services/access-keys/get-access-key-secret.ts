import { db } from "../../db";
import { open } from "../../crypto/secret-box";

// Writing lastUsedAt on every call would turn each signed read into a write; once a minute is enough to show.
const TOUCH_INTERVAL_MS = 60_000;

/** The plain secret for SigV4 verification; null for an unknown key. */
export async function getAccessKeySecret(accessKeyId: string): Promise<string | null> {
  const row = await db().accessKey.findUnique({ where: { id: accessKeyId } });
  if (!row) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().accessKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return open(row.secretEncrypted);
}
