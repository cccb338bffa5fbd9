import type { FunctionAliasView } from "../../domain/functions/views";
import { db } from "../../db";
import { readFunctionRef } from "./function-ref";
import { aliasView, findLatestRowOrThrow } from "./function-rows";
import { aliasNotFound } from "./lambda-error";

/** GetAlias; "Cannot find alias arn: ..." as Lambda words it. */
export async function getAliasOrThrow(functionName: string, aliasName: string): Promise<FunctionAliasView> {
  const { name } = readFunctionRef(functionName);
  await findLatestRowOrThrow(name);
  const row = await db().functionAlias.findUnique({ where: { functionName_name: { functionName: name, name: aliasName } } });
  if (!row) throw aliasNotFound(name, aliasName);
  return aliasView(row);
}
