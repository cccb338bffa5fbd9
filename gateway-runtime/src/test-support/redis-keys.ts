/** Test helpers for a shared Redis: list or delete the keys under one prefix (never FLUSHALL: other tests use it). */
import type { Redis } from "ioredis";

export async function listKeys(client: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    cursor = next;
    found.push(...keys);
  } while (cursor !== "0");
  return found;
}

export async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  const keys = await listKeys(client, prefix);
  for (let i = 0; i < keys.length; i += 500) await client.del(...keys.slice(i, i + 500));
}
