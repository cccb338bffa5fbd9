import { db } from "../../db";
import { isVersionNumber } from "../../domain/functions/rules";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { readFunctionRef } from "./function-ref";
import { aliasView, findLatestRowOrThrow } from "./function-rows";
import { invalidParameter, LambdaError } from "./lambda-error";

/**
 * DeleteFunction: without a qualifier the function with all its versions, aliases and recorded invocations;
 * with a version number only that version, refused while an alias routes to it. A version that does not
 * exist is already deleted.
 */
export async function deleteFunction(functionName: string, qualifier?: string): Promise<void> {
  const ref = readFunctionRef(functionName, qualifier);
  if (ref.qualifier === "$LATEST") throw invalidParameter("$LATEST version cannot be deleted without deleting the function.");
  await db().$transaction(async (tx) => {
    await findLatestRowOrThrow(ref.name, tx);
    if (ref.qualifier === undefined) {
      await tx.lambdaFunction.delete({ where: { name: ref.name } });
      await tx.functionInvocation.deleteMany({ where: { functionName: ref.name } });
    } else if (isVersionNumber(ref.qualifier)) {
      const version = ref.qualifier;
      const aliases = (await tx.functionAlias.findMany({ where: { functionName: ref.name }, orderBy: { name: "asc" } })).map(aliasView);
      const referencing = aliases.filter((a) => a.functionVersion === version || version in a.additionalVersionWeights).map((a) => a.name);
      if (referencing.length) {
        throw new LambdaError("ResourceConflictException", `Unable to delete version because the following aliases reference it: [${referencing.join(", ")}]`);
      }
      await tx.functionVersion.deleteMany({ where: { functionName: ref.name, version: Number(version) } });
    }
    await bumpConfigVersion(tx);
  });
}
