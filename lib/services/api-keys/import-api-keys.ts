import { db } from "../../db";
import { isPorticoError } from "../../errors";
import { importApiKeysSchema, type ImportApiKeysInput } from "../../schemas/api-key.schema";
import { parseInput } from "../parse-input";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { assertNoStageConflict } from "../usage-plans/usage-plan-checks";
import { readApiStages, stageLabel, type ApiStage } from "../usage-plans/usage-plan-view";
import { apiKeyValueSha256 } from "./api-key-values";
import { insertApiKey } from "./create-api-key";
import { parseApiKeyCsv, type ImportRow } from "./parse-api-key-csv";

/**
 * ImportApiKeys (format=csv): a key whose value exists already is overwritten (AWS: the latest import wins).
 * Rows with problems (bad values, unknown plans, a plan that would share an API stage with another of the
 * key's plans) become warnings; with failOnWarnings any warning means nothing is written.
 */
export async function importApiKeys(input: ImportApiKeysInput): Promise<{ ids: string[]; warnings: string[] }> {
  const { csv, failOnWarnings } = parseInput(importApiKeysSchema, input);
  const { rows, warnings } = parseApiKeyCsv(csv);
  const plans = new Map((await db().usagePlan.findMany({ select: { id: true, apiStages: true } })).map((p) => [p.id, readApiStages(p.apiStages)]));
  const usable = rows.filter((row) => {
    const unknown = row.usagePlanIds.filter((id) => !plans.has(id));
    if (unknown.length) warnings.push(`Line ${row.line}: Invalid Usage Plan ID specified: ${unknown.join(", ")}`);
    return unknown.length === 0;
  });
  if (failOnWarnings && warnings.length) return { ids: [], warnings };
  const ids: string[] = [];
  await db().$transaction(async (tx) => {
    for (const row of usable) {
      const problem = await attachmentProblem(tx, row, plans);
      if (problem) {
        warnings.push(`Line ${row.line}: ${problem}`);
        continue;
      }
      const id = await writeRow(tx, row);
      for (const usagePlanId of row.usagePlanIds) {
        await tx.usagePlanKey.upsert({ where: { usagePlanId_keyId: { usagePlanId, keyId: id } }, create: { usagePlanId, keyId: id }, update: {} });
      }
      ids.push(id);
    }
    if (failOnWarnings && warnings.length) throw new ImportAborted();
    await bumpConfigVersion(tx);
  }).catch((error: unknown) => {
    if (!(error instanceof ImportAborted)) throw error;
    ids.length = 0;
  });
  return { ids, warnings };
}

class ImportAborted extends Error {}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

async function writeRow(tx: Tx, row: ImportRow): Promise<string> {
  const existing = await tx.apiKey.findUnique({ where: { valueSha256: apiKeyValueSha256(row.value) }, select: { id: true } });
  if (existing) {
    await tx.apiKey.update({ where: { id: existing.id }, data: { name: row.name, description: row.description, enabled: row.enabled } });
    return existing.id;
  }
  const created = await insertApiKey(tx, { name: row.name, description: row.description, enabled: row.enabled, value: row.value, tags: {} });
  return created.id;
}

/** Checked before the row is written: its plans must not share an API stage, with each other or the key's other plans. */
async function attachmentProblem(tx: Tx, row: ImportRow, plans: Map<string, ApiStage[]>): Promise<string | null> {
  const seen = new Map<string, string>();
  for (const usagePlanId of row.usagePlanIds) {
    for (const stage of plans.get(usagePlanId) ?? []) {
      const other = seen.get(stageLabel(stage));
      if (other && other !== usagePlanId) return `Usage plans ${other} and ${usagePlanId} share the API Stage ${stageLabel(stage)}.`;
      seen.set(stageLabel(stage), usagePlanId);
    }
  }
  const existing = await tx.apiKey.findUnique({ where: { valueSha256: apiKeyValueSha256(row.value) }, select: { id: true } });
  if (!existing) return null;
  try {
    for (const usagePlanId of row.usagePlanIds) await assertNoStageConflict(tx, usagePlanId, [existing.id], plans.get(usagePlanId) ?? []);
  } catch (error) {
    if (isPorticoError(error)) return error.message;
    throw error;
  }
  return null;
}
