"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ResourceJson } from "@/lib/query/types";
import { useDeleteMethod } from "@/lib/query/use-resources";
import { methodNames } from "./resource-tree-model";

export interface MethodListProps {
  apiId: string;
  resource: ResourceJson;
  selectedMethod: string | null;
  onSelect: (httpMethod: string) => void;
}

export function MethodList({ apiId, resource, selectedMethod, onSelect }: MethodListProps) {
  const deleteMethod = useDeleteMethod(apiId);
  const [deleting, setDeleting] = useState<string | null>(null);
  const names = methodNames(resource);

  if (names.length === 0) return <p className="text-zinc-500">No methods yet. Requests to this path get 403 Missing Authentication Token.</p>;
  return (
    <>
      <ul className="flex flex-col divide-y divide-zinc-100 rounded-md border border-zinc-200">
        {names.map((name) => {
          const integration = resource.resourceMethods?.[name]?.methodIntegration;
          return (
            <li key={name} className={cn("flex items-center gap-2 px-3 py-2", selectedMethod === name && "bg-accent-50")}>
              <button
                type="button"
                onClick={() => onSelect(name)}
                className="flex flex-1 items-center gap-3 text-left"
                aria-label={`Edit ${name} ${resource.path}`}
              >
                <span className="w-16 font-mono text-xs font-semibold text-zinc-800">{name}</span>
                {integration ? <Badge tone="accent">{integration.type}</Badge> : <Badge tone="amber">no integration</Badge>}
              </button>
              <Button variant="ghost" size="sm" onClick={() => setDeleting(name)} aria-label={`Delete method ${name}`}>
                Delete
              </Button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete method"
        confirmLabel="Delete method"
        pending={deleteMethod.isPending}
        error={deleteMethod.isError ? errorMessage(deleteMethod.error) : null}
        onCancel={() => {
          deleteMethod.reset();
          setDeleting(null);
        }}
        onConfirm={() => deleting && deleteMethod.mutate({ resourceId: resource.id, httpMethod: deleting }, { onSuccess: () => setDeleting(null) })}
      >
        <p>
          Delete <code className="font-mono">{deleting} {resource.path}</code> and its integration?
        </p>
      </ConfirmDialog>
    </>
  );
}
