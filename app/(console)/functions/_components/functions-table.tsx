"use client";

import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { useFunctionAliases, type FunctionSummaryJson } from "@/lib/query/functions";
import { functionPath, formatMemory, formatTimeout } from "./function-format";

/** Counted per row from the alias list the function page also uses (ListFunctions does not count aliases). */
function AliasCount({ functionName }: { functionName: string }) {
  const aliases = useFunctionAliases(functionName);
  if (aliases.isPending) return <span className="text-zinc-400">…</span>;
  if (aliases.isError) return <span title={aliases.error.message}>—</span>;
  return <>{aliases.data.length}</>;
}

export function FunctionsTable({ functions }: { functions: FunctionSummaryJson[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-xs">
      <table className="w-full text-left" data-testid="functions-table">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-500">
          <tr>
            <th className="px-4 py-2.5 font-medium">Name</th>
            <th className="px-4 py-2.5 font-medium">Runtime</th>
            <th className="px-4 py-2.5 text-right font-medium">Memory</th>
            <th className="px-4 py-2.5 text-right font-medium">Timeout</th>
            <th className="px-4 py-2.5 font-medium">Last modified</th>
            <th className="px-4 py-2.5 text-right font-medium">Versions</th>
            <th className="px-4 py-2.5 text-right font-medium">Aliases</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {functions.map((fn) => (
            <tr key={fn.functionName} className="hover:bg-zinc-50/60">
              <td className="max-w-sm px-4 py-3">
                <Link href={functionPath(fn.functionName)} className="font-medium text-accent-700 hover:underline">
                  {fn.functionName}
                </Link>
                {fn.description && <p className="truncate text-xs text-zinc-500" title={fn.description}>{fn.description}</p>}
              </td>
              <td className="px-4 py-3 font-mono text-xs text-zinc-600">{fn.runtime}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap text-zinc-600">{formatMemory(fn.memoryMb)}</td>
              <td className="px-4 py-3 text-right whitespace-nowrap text-zinc-600">{formatTimeout(fn.timeoutSec)}</td>
              <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{formatDateTime(fn.lastModified)}</td>
              <td className="px-4 py-3 text-right text-zinc-600">{fn.versionsCount}</td>
              <td className="px-4 py-3 text-right text-zinc-600">
                <AliasCount functionName={fn.functionName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
