"use client";

import { Badge } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import type { DeploymentDiff, DiffItem, DiffKind } from "@/lib/domain/deployment-diff";
import { TextDiff } from "./text-diff";

export interface DeploymentDiffViewProps {
  diff: DeploymentDiff;
  /** What the two sides are called in the summary, e.g. "current" and "rollback target". */
  fromLabel?: string;
  toLabel?: string;
}

const KIND_TONE = { added: "green", removed: "red", changed: "amber" } as const;
// Items open by themselves while the diff is short enough to read at a glance.
const OPEN_UP_TO = 6;

const pathLabel = (path: string[]) => path.join(" › ");

function ValueTable({ item }: { item: DiffItem }) {
  if (item.values.length === 0) return null;
  return (
    <DataTable variant="inline" columns={["Setting", "Before", "After"]} className="table-fixed text-xs">
      {item.values.map((change) => (
        <tr key={pathLabel(change.path)}>
          <td className="py-1 pr-3 align-top text-zinc-600">{pathLabel(change.path)}</td>
          <td className="py-1 pr-3 align-top font-mono break-all">
            {change.before === null ? <span className="text-zinc-400">—</span> : <span className="bg-red-50 text-red-800">{change.before}</span>}
          </td>
          <td className="py-1 align-top font-mono break-all">
            {change.after === null ? <span className="text-zinc-400">—</span> : <span className="bg-emerald-50 text-emerald-800">{change.after}</span>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ItemSection({ item, open }: { item: DiffItem; open: boolean }) {
  const details = item.values.length + item.texts.length;
  return (
    <details open={open} className="group rounded-md border border-zinc-200" data-testid={`diff-item-${item.key}`} data-kind={item.kind}>
      <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 select-none hover:bg-zinc-50">
        <Badge tone={KIND_TONE[item.kind]}>{item.kind}</Badge>
        <span className="font-mono text-xs font-medium">{item.label}</span>
        {details > 0 && <span className="ml-auto text-xs text-zinc-500">{details} {details === 1 ? "difference" : "differences"}</span>}
      </summary>
      {details > 0 && (
        <div className="flex flex-col gap-3 border-t border-zinc-200 p-3">
          <ValueTable item={item} />
          {item.texts.map((change) => (
            <TextDiff key={pathLabel(change.path)} label={pathLabel(change.path)} before={change.before} after={change.after} />
          ))}
        </div>
      )}
    </details>
  );
}

function summaryText(summary: Record<DiffKind, number>): string {
  return `${summary.added} added, ${summary.removed} removed, ${summary.changed} changed`;
}

/** A deployment diff: counts, then one collapsible section per resource, method, model, validator or response. */
export function DeploymentDiffView({ diff, fromLabel = "from", toLabel = "to" }: DeploymentDiffViewProps) {
  const total = diff.summary.added + diff.summary.removed + diff.summary.changed;
  return (
    <section aria-label="Deployment diff" className="flex flex-col gap-4">
      <p className="text-xs text-zinc-600" data-testid="diff-summary">
        <span className="font-mono">{diff.fromDeploymentId}</span> ({fromLabel}) → <span className="font-mono">{diff.toDeploymentId}</span> ({toLabel}):{" "}
        <strong className="text-zinc-900">{total === 0 ? "no differences" : summaryText(diff.summary)}</strong>
      </p>
      {diff.groups.map((group) => (
        <div key={group.id} className="flex flex-col gap-2">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{group.title}</h3>
          {group.items.map((item) => (
            <ItemSection key={item.key} item={item} open={total <= OPEN_UP_TO} />
          ))}
        </div>
      ))}
    </section>
  );
}
