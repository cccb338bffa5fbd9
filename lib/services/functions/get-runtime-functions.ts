import type { RuntimeFunction, RuntimeFunctions } from "../../domain/runtime-contract";
import { functionKey } from "../../domain/functions/function-key";
import type { FunctionVersionView } from "../../domain/functions/views";
import type { Db } from "../../db";
import { aliasView, latestView, versionView, WITHOUT_CODE } from "./function-rows";

type Reader = Pick<Db, "lambdaFunction" | "functionVersion" | "functionAlias">;

/** Every function's $LATEST and published versions, and every alias, as the gateway runtime receives them. */
export async function getRuntimeFunctions(client: Reader): Promise<RuntimeFunctions> {
  // One after the other: inside the caller's transaction the queries share one connection anyway.
  const latest = await client.lambdaFunction.findMany({ orderBy: { name: "asc" }, omit: WITHOUT_CODE });
  const versions = await client.functionVersion.findMany({ orderBy: [{ functionName: "asc" }, { version: "asc" }], omit: WITHOUT_CODE });
  const aliases = await client.functionAlias.findMany({ orderBy: [{ functionName: "asc" }, { name: "asc" }] });
  return {
    functions: [...latest.map(latestView), ...versions.map(versionView)].map(toRuntimeFunction),
    aliases: aliases.map(aliasView).map(({ functionName, name, functionVersion, additionalVersionWeights }) => ({
      functionName,
      name,
      functionVersion,
      additionalVersionWeights,
    })),
  };
}

function toRuntimeFunction(view: FunctionVersionView): RuntimeFunction {
  const timeoutMs = view.timeoutSec * 1000;
  return {
    name: view.functionName,
    version: view.version,
    key: functionKey({ codeSha256: view.codeSha256, handler: view.handler, environment: view.environment, timeoutMs, memoryMb: view.memoryMb }),
    handler: view.handler,
    runtime: view.runtime,
    codeSha256: view.codeSha256,
    environment: view.environment,
    timeoutMs,
    memoryMb: view.memoryMb,
  };
}
