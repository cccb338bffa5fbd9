/** AWS's ApiKey as the services hand it out; the value only when the caller asked for it. */
import { db } from "../../db";
import { notFound } from "../../errors";
import { asStringMap } from "../json";

export interface ApiKeyView {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  customerId: string | null;
  createdDate: Date;
  lastUpdatedDate: Date;
  tags: Record<string, string>;
  /** Present only when asked for (includeValue, CreateApiKey, the console's reveal). */
  value?: string;
}

export interface ApiKeyRow {
  id: string;
  name: string;
  description: string;
  value: string;
  enabled: boolean;
  customerId: string | null;
  tags: unknown;
  createdAt: Date;
  updatedAt: Date;
}

export function toApiKeyView(row: ApiKeyRow, includeValue = false): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    enabled: row.enabled,
    customerId: row.customerId,
    createdDate: row.createdAt,
    lastUpdatedDate: row.updatedAt,
    tags: asStringMap(row.tags),
    ...(includeValue ? { value: row.value } : {}),
  };
}

export const apiKeyNotFound = () => notFound("Invalid API Key identifier specified");

export async function findApiKeyRowOrThrow(keyId: string) {
  const row = await db().apiKey.findUnique({ where: { id: keyId } });
  if (!row) throw apiKeyNotFound();
  return row;
}
