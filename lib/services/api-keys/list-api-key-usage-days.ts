import { db } from "../../db";
import { usageDaysSchema } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { DAY_MS, dayOf, daysBetween } from "../usage-plans/usage-days";
import { findApiKeyRowOrThrow } from "./api-key-view";

/** The console's usage chart: requests per UTC day over the last `days` days (today included, zeros kept), oldest first. */
export async function listApiKeyUsageDays(keyId: string, daysInput: unknown, now = new Date()): Promise<{ day: string; used: number }[]> {
  const days = parseInput(usageDaysSchema, daysInput);
  await findApiKeyRowOrThrow(keyId);
  const last = dayOf(now.getTime());
  const first = dayOf(now.getTime() - (days - 1) * DAY_MS);
  const rows = await db().usageDay.findMany({ where: { keyId, day: { gte: first, lte: last } } });
  const byDay = new Map<string, number>();
  for (const row of rows) byDay.set(row.day, (byDay.get(row.day) ?? 0) + row.used);
  return daysBetween(first, last).map((day) => ({ day, used: byDay.get(day) ?? 0 }));
}
