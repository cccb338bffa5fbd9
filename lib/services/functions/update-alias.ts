import { randomUUID } from "node:crypto";
import type { FunctionAliasView } from "../../domain/functions/views";
import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { checkAliasFields, checkAliasTarget } from "./alias-input";
import { readFunctionRef } from "./function-ref";
import { aliasView, findLatestRowOrThrow } from "./function-rows";
import { aliasNotFound, revisionMismatch, updateInProgress } from "./lambda-error";

export interface UpdateAliasInput {
  functionVersion?: string;
  description?: string;
  /** Replaces the routing ({} stops splitting); undefined keeps it. */
  additionalVersionWeights?: Record<string, number>;
  revisionId?: string;
}

/** UpdateAlias: point the alias elsewhere, change its routing or description; always a new RevisionId. */
export async function updateAlias(functionName: string, aliasName: string, input: UpdateAliasInput): Promise<FunctionAliasView> {
  const { name } = readFunctionRef(functionName);
  checkAliasFields(input);
  return db().$transaction(async (tx) => {
    await findLatestRowOrThrow(name, tx);
    const key = { functionName_name: { functionName: name, name: aliasName } };
    const row = await tx.functionAlias.findUnique({ where: key });
    if (!row) throw aliasNotFound(name, aliasName);
    const current = aliasView(row);
    if (input.revisionId && input.revisionId !== current.revisionId) throw revisionMismatch();
    const target = {
      functionVersion: input.functionVersion ?? current.functionVersion,
      additionalVersionWeights: input.additionalVersionWeights ?? current.additionalVersionWeights,
    };
    if (input.functionVersion !== undefined || input.additionalVersionWeights !== undefined) await checkAliasTarget(tx, name, target);
    const written = await tx.functionAlias.updateMany({
      where: { functionName: name, name: aliasName, revisionId: current.revisionId },
      data: {
        functionVersion: target.functionVersion,
        routingWeights: target.additionalVersionWeights,
        ...(input.description !== undefined ? { description: input.description } : {}),
        revisionId: randomUUID(),
      },
    });
    if (written.count === 0) throw updateInProgress(name);
    await bumpConfigVersion(tx);
    const updated = await tx.functionAlias.findUnique({ where: key });
    if (!updated) throw aliasNotFound(name, aliasName);
    return aliasView(updated);
  });
}
