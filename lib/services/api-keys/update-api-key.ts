import { db } from "../../db";
import { updateApiKeySchema, type UpdateApiKeyInput } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { findApiKeyRowOrThrow, toApiKeyView, type ApiKeyView } from "./api-key-view";

/** UpdateApiKey: name, description, enabled, customerId (null or "" clears it). */
export async function updateApiKey(keyId: string, input: UpdateApiKeyInput): Promise<ApiKeyView> {
  const data = parseInput(updateApiKeySchema, input);
  await findApiKeyRowOrThrow(keyId);
  const row = await db().$transaction(async (tx) => {
    const updated = await tx.apiKey.update({
      where: { id: keyId },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(data.enabled !== undefined ? { enabled: data.enabled } : {}),
        ...(data.customerId !== undefined ? { customerId: data.customerId || null } : {}),
      },
    });
    await bumpConfigVersion(tx);
    return updated;
  });
  return toApiKeyView(row);
}
