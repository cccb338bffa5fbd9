"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { DataTable } from "@/components/ui/data-table";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { functionArn, type FunctionPlace } from "@/lib/domain/functions/arn";
import { errorMessage } from "@/lib/query/fetch-json";
import { useDeleteAlias, useFunctionAliases, type FunctionAliasJson, type FunctionJson } from "@/lib/query/functions";
import { weightToPercent } from "../../_components/function-format";
import { AliasDialog } from "./alias-dialog";

/** "90% → 1, 10% → 2" for a weighted alias, "100% → 1" otherwise. */
function Routing({ alias }: { alias: FunctionAliasJson }) {
  const [extra] = Object.entries(alias.additionalVersionWeights);
  if (!extra) return <span className="text-zinc-600">100% → {alias.functionVersion}</span>;
  const [version, weight] = extra;
  return (
    <span className="text-zinc-600">
      {weightToPercent(1 - weight)}% → {alias.functionVersion}, {weightToPercent(weight)}% → {version}
    </span>
  );
}

export interface AliasesCardProps {
  functionName: string;
  place: FunctionPlace;
  versions: FunctionJson[];
}

type Editing = { mode: "create" } | { mode: "edit"; alias: FunctionAliasJson } | null;

export function AliasesCard({ functionName, place, versions }: AliasesCardProps) {
  const aliases = useFunctionAliases(functionName);
  const deleteAlias = useDeleteAlias(functionName);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<FunctionAliasJson | null>(null);

  function closeDelete() {
    setDeleting(null);
    deleteAlias.reset();
  }

  return (
    <Card
      title="Aliases"
      description="Stable names for a version; an alias may send a weighted share of invocations to a second version."
      actions={
        // The dialog picks versions from the versions list, so it waits for it.
        <Button size="sm" onClick={() => setEditing({ mode: "create" })} disabled={versions.length === 0}>
          Create alias
        </Button>
      }
      bodyClassName="p-0"
    >
      {aliases.isPending ? (
        <LoadingState label="Loading aliases…" />
      ) : aliases.isError ? (
        <div className="p-4">
          <ErrorState error={aliases.error} onRetry={() => aliases.refetch()} />
        </div>
      ) : aliases.data.length === 0 ? (
        <p className="px-4 py-6 text-center text-zinc-500">No aliases yet. Create one (e.g. &ldquo;live&rdquo;) and point integrations at its ARN.</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable variant="card" columns={["Name", "Version", "Routing", "Description", ""]} data-testid="aliases-table">
            {aliases.data.map((alias) => (
              <tr key={alias.name}>
                <td className="px-4 py-2.5 font-medium">{alias.name}</td>
                <td className="px-4 py-2.5">
                  <Badge>{alias.functionVersion}</Badge>
                </td>
                <td className="px-4 py-2.5 text-xs whitespace-nowrap">
                  <Routing alias={alias} />
                </td>
                <td className="max-w-xs truncate px-4 py-2.5 text-zinc-600" title={alias.description}>{alias.description || "—"}</td>
                <td className="px-4 py-2.5">
                  <div className="flex justify-end gap-1">
                    <CopyButton value={functionArn(place, functionName, alias.name)} label="Copy ARN" />
                    <Button variant="ghost" size="sm" onClick={() => setEditing({ mode: "edit", alias })} disabled={versions.length === 0} aria-label={`Edit alias ${alias.name}`}>
                      Edit
                    </Button>
                    <Button variant="ghost" size="sm" onClick={() => setDeleting(alias)} aria-label={`Delete alias ${alias.name}`}>
                      Delete
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      {editing && (
        <AliasDialog
          key={editing.mode === "edit" ? editing.alias.name : "create"}
          functionName={functionName}
          alias={editing.mode === "edit" ? editing.alias : null}
          versions={versions}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete alias"
        confirmLabel="Delete alias"
        pending={deleteAlias.isPending}
        error={deleteAlias.isError ? errorMessage(deleteAlias.error) : null}
        onCancel={closeDelete}
        onConfirm={() => deleting && deleteAlias.mutate(deleting.name, { onSuccess: closeDelete })}
      >
        <p>
          Delete <strong>{deleting?.name}</strong>? Callers using its ARN start getting &ldquo;Function not found&rdquo;. The versions stay.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
