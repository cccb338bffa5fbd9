import { db, type Db } from "../../db";
import { conflict } from "../../errors";
import { newAwsId } from "../../ids";
import { createApiKeySchema, type CreateApiKeyInput } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { apiKeyValueSha256, generateApiKeyValue } from "./api-key-values";
import { toApiKeyView, type ApiKeyView } from "./api-key-view";

type Tx = Pick<Db, "apiKey" | "runtimeConfigVersion">;

/** CreateApiKey: the answer carries the value (AWS shows it on creation). Two keys never share a value. */
export async function createApiKey(input: CreateApiKeyInput): Promise<ApiKeyView & { value: string }> {
  const data = parseInput(createApiKeySchema, input);
  const row = await db().$transaction(async (tx) => {
    const created = await insertApiKey(tx, data);
    await bumpConfigVersion(tx);
    return created;
  });
  return { ...toApiKeyView(row), value: row.value };
}

export async function insertApiKey(
  tx: Tx,
  data: { name: string; description: string; enabled: boolean; customerId?: string | null; value?: string; tags: Record<string, string> },
) {
  const value = data.value ?? generateApiKeyValue();
  const valueSha256 = apiKeyValueSha256(value);
  if (await tx.apiKey.findUnique({ where: { valueSha256 }, select: { id: true } })) throw conflict("API Key already exists");
  return tx.apiKey.create({
    data: {
      id: newAwsId(),
      name: data.name,
      description: data.description,
      enabled: data.enabled,
      customerId: data.customerId || null,
      value,
      valueSha256,
      tags: data.tags,
    },
  });
}
