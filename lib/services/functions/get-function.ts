import type { FunctionAliasView, FunctionVersionView } from "../../domain/functions/views";
import { readFunctionRef } from "./function-ref";
import { resolveQualifierOrThrow } from "./function-rows";

export interface FunctionLookup {
  view: FunctionVersionView;
  /** What the caller asked for (undefined, "$LATEST", "3" or an alias name): the answer's ARN carries it. */
  qualifier?: string;
  alias?: FunctionAliasView;
}

/** GetFunction / GetFunctionConfiguration: $LATEST, a version, or the version an alias points at. */
export async function getFunctionOrThrow(functionName: string, qualifier?: string): Promise<FunctionLookup> {
  const ref = readFunctionRef(functionName, qualifier);
  const resolved = await resolveQualifierOrThrow(ref.name, ref.qualifier);
  return { ...resolved, ...(ref.qualifier ? { qualifier: ref.qualifier } : {}) };
}
