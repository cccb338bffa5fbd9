/** Checks shared by CreateAlias and UpdateAlias: the alias name, the version it points at, its routing. */
import { functionArn } from "../../domain/functions/arn";
import { checkRouting, type AliasTarget } from "../../domain/functions/alias-routing";
import { constraint, DESCRIPTION_MAX, isAliasName, validationMessage } from "../../domain/functions/rules";
import { findVersionViewOrThrow, type FunctionsTx } from "./function-rows";
import { fromViolation, here, validationError } from "./lambda-error";

const FUNCTION_VERSION = /^(\$LATEST|[0-9]+)$/;

export function checkAliasName(name: string): void {
  if (!isAliasName(name)) {
    throw validationError(validationMessage([constraint(name, "name", "Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)")]));
  }
}

export function checkAliasFields(input: { functionVersion?: string; description?: string }): void {
  const errors: string[] = [];
  if (input.functionVersion !== undefined && !FUNCTION_VERSION.test(input.functionVersion)) {
    errors.push(constraint(input.functionVersion, "functionVersion", "Member must satisfy regular expression pattern: (\\$LATEST|[0-9]+)"));
  }
  if (input.description !== undefined && input.description.length > DESCRIPTION_MAX) {
    errors.push(constraint(input.description, "description", `Member must have length less than or equal to ${DESCRIPTION_MAX}`));
  }
  if (errors.length) throw validationError(validationMessage(errors));
}

/** Lambda's routing rules, then that every version the alias would reach exists. */
export async function checkAliasTarget(tx: FunctionsTx, functionName: string, target: AliasTarget): Promise<void> {
  await findVersionViewOrThrow(functionName, target.functionVersion, tx);
  const violation = checkRouting(target);
  if (violation) throw fromViolation(violation);
  for (const version of Object.keys(target.additionalVersionWeights)) await findVersionViewOrThrow(functionName, version, tx);
}

export const aliasArn = (functionName: string, alias: string) => functionArn(here(), functionName, alias);
