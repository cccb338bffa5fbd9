import { functionArn } from "../../domain/functions/arn";
import { chooseAliasVersion } from "../../domain/functions/alias-routing";
import { functionKey } from "../../domain/functions/function-key";
import type { FunctionVersionView } from "../../domain/functions/views";
import { db } from "../../db";
import { env } from "../../env";
import { unzipFiles } from "./function-code";
import type { FunctionSpec } from "./function-invoker";
import { readFunctionRef } from "./function-ref";
import { resolveQualifierOrThrow } from "./function-rows";
import { functionNotFound, here, updateInProgress } from "./lambda-error";

export interface ResolvedSpec {
  spec: FunctionSpec;
  /** The version that runs (X-Amz-Executed-Version). */
  executedVersion: string;
  /** The qualifier as invoked ("$LATEST" when none was given). */
  qualifier: string;
}

// Unzipped packages by CodeSha256 (shared, so hosts must not change them): unzipping on every invocation would
// dominate a warm call. A handful is enough for the functions being exercised at one time; the oldest goes first.
const FILES_CACHE_SIZE = 16;
const filesCache = new Map<string, Record<string, Uint8Array>>();

/**
 * Builds what the function host runs for FunctionName + Qualifier: $LATEST, a version, or an alias (whose
 * routing weights pick the version; `random` in [0, 1) is injectable for tests).
 */
export async function resolveFunctionSpec(functionName: string, qualifier?: string, random: () => number = Math.random): Promise<ResolvedSpec> {
  const ref = readFunctionRef(functionName, qualifier);
  const resolved = await resolveQualifierOrThrow(ref.name, ref.qualifier);
  let view = resolved.view;
  if (resolved.alias) {
    const chosen = chooseAliasVersion(resolved.alias, random());
    if (chosen !== view.version) view = (await resolveQualifierOrThrow(ref.name, chosen)).view;
  }
  const files = await filesFor(view);
  const timeoutMs = view.timeoutSec * 1000;
  return {
    spec: {
      key: functionKey({ codeSha256: view.codeSha256, handler: view.handler, environment: view.environment, timeoutMs, memoryMb: view.memoryMb }),
      functionName: view.functionName,
      version: view.version,
      invokedFunctionArn: functionArn(here(), ref.name, ref.qualifier),
      handler: view.handler,
      files,
      environment: view.environment,
      timeoutMs,
      memoryMb: view.memoryMb,
      region: env.region,
    },
    executedVersion: view.version,
    qualifier: ref.qualifier ?? "$LATEST",
  };
}

async function filesFor(view: FunctionVersionView): Promise<Record<string, Uint8Array>> {
  const cached = filesCache.get(view.codeSha256);
  if (cached) return cached;
  const row =
    view.version === "$LATEST"
      ? await db().lambdaFunction.findUnique({ where: { name: view.functionName }, select: { code: true, codeSha256: true } })
      : await db().functionVersion.findUnique({
          where: { functionName_version: { functionName: view.functionName, version: Number(view.version) } },
          select: { code: true, codeSha256: true },
        });
  if (!row) throw functionNotFound(view.functionName, view.version);
  // $LATEST got new code between the two reads; Lambda answers an invocation during an update with a conflict.
  if (row.codeSha256 !== view.codeSha256) throw updateInProgress(view.functionName);
  const files = unzipFiles(row.code);
  filesCache.set(view.codeSha256, files);
  if (filesCache.size > FILES_CACHE_SIZE) filesCache.delete(filesCache.keys().next().value ?? "");
  return files;
}
