import type { FunctionVersionView } from "../../domain/functions/views";
import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { checkZipFile, codeSha256Of } from "./function-code";
import { readFunctionRef } from "./function-ref";
import { findLatestRowOrThrow, latestView, versionView } from "./function-rows";
import { invalidParameter, revisionMismatch } from "./lambda-error";
import { writeLatest } from "./latest-writes";
import { checkArchitectures } from "./settings-input";
import { readStoredSettings } from "./stored-settings";
import { publishFromLatest } from "./version-writes";

export interface UpdateFunctionCodeInput {
  zipFile?: Uint8Array;
  architectures?: string[];
  /** Also publish a version from the new code (the answer is then that version). */
  publish?: boolean;
  /** Only update when $LATEST still has this RevisionId. */
  revisionId?: string;
}

/** UpdateFunctionCode: new zip for $LATEST; published versions keep theirs. */
export async function updateFunctionCode(functionName: string, input: UpdateFunctionCodeInput): Promise<FunctionVersionView> {
  const { name } = readFunctionRef(functionName);
  const architectures = checkArchitectures(input.architectures);
  const { zipFile } = input;
  if (!zipFile) throw invalidParameter("Portico accepts function code as ZipFile only.");
  checkZipFile(zipFile);
  return db().$transaction(async (tx) => {
    const current = await findLatestRowOrThrow(name, tx);
    if (input.revisionId && input.revisionId !== current.revisionId) throw revisionMismatch();
    const settings = readStoredSettings(current.environment);
    const row = await writeLatest(tx, current, {
      code: new Uint8Array(zipFile),
      codeSha256: codeSha256Of(zipFile),
      codeSize: zipFile.byteLength,
      ...(architectures ? { settings: { ...settings, architectures } } : {}),
    });
    await bumpConfigVersion(tx);
    if (!input.publish) return latestView(row);
    return versionView((await publishFromLatest(tx, name)).row);
  });
}
