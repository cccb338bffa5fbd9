import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { apiKeyValueSha256, generateApiKeyValue } from "./api-key-values";
import { findApiKeyRowOrThrow } from "./api-key-view";

/** The console's rotate: a new generated value on the same key (id and plans kept); the old value stops working. */
export async function rotateApiKey(keyId: string): Promise<{ value: string }> {
  await findApiKeyRowOrThrow(keyId);
  const value = generateApiKeyValue();
  await db().$transaction(async (tx) => {
    await tx.apiKey.update({ where: { id: keyId }, data: { value, valueSha256: apiKeyValueSha256(value) } });
    await bumpConfigVersion(tx);
  });
  return { value };
}
