import { db } from "../../db";
import { bumpConfigVersion } from "../runtime/bump-config-version";
import { readFunctionRef } from "./function-ref";
import { findLatestRowOrThrow } from "./function-rows";

/** DeleteAlias; deleting an alias that is already gone succeeds, the function itself must exist. */
export async function deleteAlias(functionName: string, aliasName: string): Promise<void> {
  const { name } = readFunctionRef(functionName);
  await db().$transaction(async (tx) => {
    await findLatestRowOrThrow(name, tx);
    await tx.functionAlias.deleteMany({ where: { functionName: name, name: aliasName } });
    await bumpConfigVersion(tx);
  });
}
