/** The one way $LATEST changes: optimistic on the RevisionId read, with a new RevisionId and LastModified. */
import { randomUUID } from "node:crypto";
import { type FunctionsTx, type LatestRow, WITHOUT_CODE } from "./function-rows";
import { updateInProgress } from "./lambda-error";
import { type StoredSettings, storedSettingsJson } from "./stored-settings";

export interface LatestChanges {
  description?: string;
  runtime?: string;
  handler?: string;
  code?: Uint8Array<ArrayBuffer>;
  codeSha256?: string;
  codeSize?: number;
  timeoutSec?: number;
  memoryMb?: number;
  settings?: StoredSettings;
}

export async function writeLatest(tx: FunctionsTx, current: LatestRow, changes: LatestChanges): Promise<LatestRow> {
  const { settings, ...columns } = changes;
  // Another writer that got in first changed the RevisionId; Lambda answers that race with a conflict.
  const written = await tx.lambdaFunction.updateMany({
    where: { name: current.name, revisionId: current.revisionId },
    data: { ...columns, ...(settings ? { environment: storedSettingsJson(settings) } : {}), revisionId: randomUUID(), updatedAt: new Date() },
  });
  if (written.count === 0) throw updateInProgress(current.name);
  const row = await tx.lambdaFunction.findUnique({ where: { name: current.name }, omit: WITHOUT_CODE });
  if (!row) throw updateInProgress(current.name);
  return row;
}
