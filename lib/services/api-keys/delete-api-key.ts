import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { findApiKeyRowOrThrow } from "./api-key-view";

/** DeleteApiKey: its plan attachments go with it (cascade); its usage history stays for GetUsage's past days. */
export async function deleteApiKey(keyId: string): Promise<void> {
  await findApiKeyRowOrThrow(keyId);
  await db().$transaction(async (tx) => {
    await tx.apiKey.delete({ where: { id: keyId } });
    await bumpConfigVersion(tx);
  });
}
