import type { AccessKeyView } from "../../domain/views";
import { db } from "../../db";

export type { AccessKeyView } from "../../domain/views";

/** Access keys without their secrets. */
export async function listAccessKeys(): Promise<AccessKeyView[]> {
  const rows = await db().accessKey.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    accessKeyId: row.id,
    description: row.description,
    source: row.source === "env" ? "env" : "console",
    createdDate: row.createdAt,
    ...(row.lastUsedAt ? { lastUsedDate: row.lastUsedAt } : {}),
  }));
}
