import { db } from "../../db";

/**
 * The zip with this CodeSha256 (base64, or base64url as it travels in URLs), from $LATEST or any version;
 * null when no function has it. Code is content-addressed, so any row holding the hash holds the same bytes.
 */
export async function getFunctionCodeBySha256(codeSha256: string): Promise<Uint8Array | null> {
  const sha = fromUrlSafe(codeSha256);
  const latest = await db().lambdaFunction.findFirst({ where: { codeSha256: sha }, select: { code: true } });
  if (latest) return latest.code;
  const version = await db().functionVersion.findFirst({ where: { codeSha256: sha }, select: { code: true } });
  return version?.code ?? null;
}

function fromUrlSafe(text: string): string {
  const standard = text.replace(/-/g, "+").replace(/_/g, "/");
  return standard.length % 4 ? standard + "=".repeat(4 - (standard.length % 4)) : standard;
}
