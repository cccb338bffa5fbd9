/**
 * Publishing a version (PublishVersion, and the Publish flag of CreateFunction and UpdateFunctionCode): an
 * immutable copy of $LATEST numbered 1, 2, 3... Shared so every path numbers, skips and bumps the same way.
 */
import { randomUUID } from "node:crypto";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { type FunctionsTx, type VersionRow, WITHOUT_CODE } from "./function-rows";
import { functionNotFound, updateInProgress } from "./lambda-error";
import { readStoredSettings, storedSettingsJson } from "./stored-settings";

interface Comparable {
  codeSha256: string; handler: string; runtime: string; timeoutSec: number; memoryMb: number; environment: unknown;
}

/** Lambda publishes nothing when code and configuration are unchanged since the last version. */
function sameConfiguration(a: Comparable, b: Comparable): boolean {
  const [x, y] = [readStoredSettings(a.environment), readStoredSettings(b.environment)];
  return (
    a.codeSha256 === b.codeSha256 &&
    a.handler === b.handler &&
    a.runtime === b.runtime &&
    a.timeoutSec === b.timeoutSec &&
    a.memoryMb === b.memoryMb &&
    x.role === y.role &&
    JSON.stringify(x.architectures) === JSON.stringify(y.architectures) &&
    JSON.stringify(Object.entries(x.variables).sort()) === JSON.stringify(Object.entries(y.variables).sort())
  );
}

/** Returns the new version, or the last one when $LATEST has not changed since it was published. */
export async function publishFromLatest(tx: FunctionsTx, name: string, description?: string): Promise<{ row: VersionRow; created: boolean }> {
  const latest = await tx.lambdaFunction.findUnique({ where: { name } });
  if (!latest) throw functionNotFound(name);
  const previous = await tx.functionVersion.findFirst({ where: { functionName: name }, orderBy: { version: "desc" }, omit: WITHOUT_CODE });
  if (previous && sameConfiguration(latest, previous)) return { row: previous, created: false };

  const settings = readStoredSettings(latest.environment);
  const version = Math.max(settings.lastVersion ?? 0, previous?.version ?? 0) + 1;
  const row = await tx.functionVersion.create({
    data: {
      functionName: name,
      version,
      description: description ?? latest.description,
      handler: latest.handler,
      runtime: latest.runtime,
      code: latest.code,
      codeSha256: latest.codeSha256,
      codeSize: latest.codeSize,
      environment: storedSettingsJson({ variables: settings.variables, role: settings.role, architectures: settings.architectures }),
      timeoutSec: latest.timeoutSec,
      memoryMb: latest.memoryMb,
      revisionId: randomUUID(),
    },
    omit: WITHOUT_CODE,
  });
  // Lambda gives $LATEST a new RevisionId when a version is published from it; LastModified stays.
  const touched = await tx.lambdaFunction.updateMany({
    where: { name, revisionId: latest.revisionId },
    data: { revisionId: randomUUID(), environment: storedSettingsJson({ ...settings, lastVersion: version }), updatedAt: latest.updatedAt },
  });
  if (touched.count === 0) throw updateInProgress(name);
  await bumpConfigVersion(tx);
  return { row, created: true };
}
