import { randomUUID } from "node:crypto";
import type { FunctionAliasView } from "../../domain/functions/views";
import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { aliasArn, checkAliasFields, checkAliasName, checkAliasTarget } from "./alias-input";
import { readFunctionRef } from "./function-ref";
import { aliasView, findLatestRowOrThrow } from "./function-rows";
import { LambdaError, validationError } from "./lambda-error";
import { isUniqueViolation } from "./prisma-errors";

export interface CreateAliasInput {
  functionVersion?: string;
  description?: string;
  /** RoutingConfig.AdditionalVersionWeights: { "<version>": weight 0..1 }, one entry at most. */
  additionalVersionWeights?: Record<string, number>;
}

/** CreateAlias: a name for a version ($LATEST or a published one), optionally splitting traffic with another. */
export async function createAlias(functionName: string, aliasName: string, input: CreateAliasInput): Promise<FunctionAliasView> {
  const { name } = readFunctionRef(functionName);
  checkAliasName(aliasName);
  const { functionVersion } = input;
  if (functionVersion === undefined) {
    throw validationError("1 validation error detected: Value null at 'functionVersion' failed to satisfy constraint: Member must not be null");
  }
  checkAliasFields(input);
  const weights = input.additionalVersionWeights ?? {};
  try {
    return await db().$transaction(async (tx) => {
      await findLatestRowOrThrow(name, tx);
      await checkAliasTarget(tx, name, { functionVersion, additionalVersionWeights: weights });
      if (await tx.functionAlias.findUnique({ where: { functionName_name: { functionName: name, name: aliasName } } })) {
        throw aliasExists(name, aliasName);
      }
      const row = await tx.functionAlias.create({
        data: { functionName: name, name: aliasName, functionVersion, description: input.description ?? "", routingWeights: weights, revisionId: randomUUID() },
      });
      await bumpConfigVersion(tx);
      return aliasView(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw aliasExists(name, aliasName);
    throw error;
  }
}

const aliasExists = (name: string, alias: string) => new LambdaError("ResourceConflictException", `Alias already exists: ${aliasArn(name, alias)}`);
