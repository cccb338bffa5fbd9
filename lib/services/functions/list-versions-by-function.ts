import type { FunctionVersionView } from "../../domain/functions/views";
import { db } from "../../db";
import { readFunctionRef } from "./function-ref";
import { findLatestRowOrThrow, latestView, versionView, WITHOUT_CODE } from "./function-rows";
import { lambdaPage, type LambdaPageRequest } from "./lambda-paging";

/** ListVersionsByFunction: $LATEST first, then the published versions in order. */
export async function listVersionsByFunction(
  functionName: string,
  page: LambdaPageRequest = {},
): Promise<{ items: FunctionVersionView[]; nextMarker?: string }> {
  const { name } = readFunctionRef(functionName);
  const latest = await findLatestRowOrThrow(name);
  const versions = await db().functionVersion.findMany({ where: { functionName: name }, orderBy: { version: "asc" }, omit: WITHOUT_CODE });
  return lambdaPage([latestView(latest), ...versions.map(versionView)], page);
}
