import type { FunctionVersionView } from "@/lib/domain/functions/views";

export type FunctionSummary = FunctionVersionView & { versionsCount: number };

/** ListFunctions(FunctionVersion=ALL) gives each function's $LATEST followed by its versions: one row per function. */
export function summarizeFunctions(items: readonly FunctionVersionView[]): FunctionSummary[] {
  const summaries: FunctionSummary[] = [];
  for (const item of items) {
    if (item.version === "$LATEST") summaries.push({ ...item, versionsCount: 0 });
    else {
      const owner = summaries.at(-1);
      if (owner?.functionName === item.functionName) owner.versionsCount += 1;
    }
  }
  return summaries;
}
