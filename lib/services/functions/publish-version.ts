import type { FunctionVersionView } from "../../domain/functions/views";
import { db } from "../../db";
import { readFunctionRef } from "./function-ref";
import { findLatestRowOrThrow, versionView } from "./function-rows";
import { invalidParameter, revisionMismatch } from "./lambda-error";
import { publishFromLatest } from "./version-writes";

export interface PublishVersionInput {
  /** Only publish when $LATEST's code still has this hash. */
  codeSha256?: string;
  /** The version's description (default: $LATEST's). */
  description?: string;
  /** Only publish when $LATEST still has this RevisionId. */
  revisionId?: string;
}

/** PublishVersion: an immutable copy of $LATEST, or the last version when nothing changed since it. */
export async function publishVersion(functionName: string, input: PublishVersionInput = {}): Promise<FunctionVersionView> {
  const { name } = readFunctionRef(functionName);
  return db().$transaction(async (tx) => {
    const latest = await findLatestRowOrThrow(name, tx);
    if (input.revisionId && input.revisionId !== latest.revisionId) throw revisionMismatch();
    if (input.codeSha256 && input.codeSha256 !== latest.codeSha256) {
      throw invalidParameter(
        `CodeSHA256 (${input.codeSha256}) is different from current CodeSHA256 in $LATEST (${latest.codeSha256}). Please try again with the CodeSHA256 in $LATEST.`,
      );
    }
    return versionView((await publishFromLatest(tx, name, input.description)).row);
  });
}
