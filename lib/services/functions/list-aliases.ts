import type { FunctionAliasView } from "../../domain/functions/views";
import { db } from "../../db";
import { readFunctionRef } from "./function-ref";
import { aliasView, findLatestRowOrThrow } from "./function-rows";
import { lambdaPage, type LambdaPageRequest } from "./lambda-paging";

/** ListAliases, by name; FunctionVersion keeps only the aliases pointing at that version. */
export async function listAliases(
  functionName: string,
  input: LambdaPageRequest & { functionVersion?: string } = {},
): Promise<{ items: FunctionAliasView[]; nextMarker?: string }> {
  const { name } = readFunctionRef(functionName);
  await findLatestRowOrThrow(name);
  const rows = await db().functionAlias.findMany({
    where: { functionName: name, ...(input.functionVersion ? { functionVersion: input.functionVersion } : {}) },
    orderBy: { name: "asc" },
  });
  return lambdaPage(rows.map(aliasView), input);
}
