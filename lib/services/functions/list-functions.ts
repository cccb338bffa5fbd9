import type { FunctionVersionView } from "../../domain/functions/views";
import { db } from "../../db";
import { constraint, validationMessage } from "../../domain/functions/rules";
import { latestView, versionView, WITHOUT_CODE } from "./function-rows";
import { validationError } from "./lambda-error";
import { lambdaPage, type LambdaPageRequest } from "./lambda-paging";

export interface ListFunctionsInput extends LambdaPageRequest {
  /** "ALL" lists every published version too, each with a qualified ARN. */
  functionVersion?: string;
}

/** ListFunctions: $LATEST of every function by name (with FunctionVersion=ALL, its versions after it). */
export async function listFunctions(input: ListFunctionsInput = {}): Promise<{ items: FunctionVersionView[]; nextMarker?: string }> {
  if (input.functionVersion !== undefined && input.functionVersion !== "ALL") {
    throw validationError(validationMessage([constraint(input.functionVersion, "functionVersion", "Member must satisfy enum value set: [ALL]")]));
  }
  const functions = await db().lambdaFunction.findMany({ orderBy: { name: "asc" }, omit: WITHOUT_CODE });
  if (input.functionVersion !== "ALL") return lambdaPage(functions.map(latestView), input);
  const versions = await db().functionVersion.findMany({ orderBy: [{ functionName: "asc" }, { version: "asc" }], omit: WITHOUT_CODE });
  const items = functions.flatMap((row) => [latestView(row), ...versions.filter((v) => v.functionName === row.name).map(versionView)]);
  return lambdaPage(items, input);
}
