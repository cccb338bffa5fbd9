"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
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
      <DataTable
        variant="page"
        columns={["Name", "Runtime", { label: "Memory", className: "text-right" }, { label: "Timeout", className: "text-right" }, "Last modified", { label: "Versions", className: "text-right" }, { label: "Aliases", className: "text-right" }]}
        data-testid="functions-table"
      >
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
      </DataTable>
    </div>
  );
}
