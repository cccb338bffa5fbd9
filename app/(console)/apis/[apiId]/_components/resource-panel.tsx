"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ResourceJson } from "@/lib/query/types";
import { useDeleteResource } from "@/lib/query/use-resources";
import { AddMethodForm } from "./add-method-form";
import { AddResourceForm } from "./add-resource-form";
import { EnableCorsDialog } from "./enable-cors-dialog";
import { MethodList } from "./method-list";

export interface ResourcePanelProps {
  apiId: string;
  resource: ResourceJson;
  selectedMethod: string | null;
  onSelectMethod: (httpMethod: string) => void;
  onCreated: (resource: ResourceJson) => void;
  onDeleted: () => void;
}

export function ResourcePanel({ apiId, resource, selectedMethod, onSelectMethod, onCreated, onDeleted }: ResourcePanelProps) {
  const deleteResource = useDeleteResource(apiId);
  const [confirming, setConfirming] = useState(false);
  const [enablingCors, setEnablingCors] = useState(false);
  const isRoot = !resource.parentId;
  const isGreedy = resource.path.includes("+}");

  return (
    <Card
      title={<span className="font-mono" data-testid="selected-resource-path">{resource.path}</span>}
      description={isRoot ? "Root resource" : `Resource ${resource.id}`}
      actions={
        <>
          <Button variant="secondary" size="sm" onClick={() => setEnablingCors(true)}>
            Enable CORS
          </Button>
          {!isRoot && (
            <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
              Delete resource
            </Button>
          )}
        </>
      }
    >
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <section className="flex flex-col gap-3">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Methods</h3>
          <MethodList apiId={apiId} resource={resource} selectedMethod={selectedMethod} onSelect={onSelectMethod} />
          <AddMethodForm apiId={apiId} resource={resource} onCreated={onSelectMethod} />
        </section>
        <section className="flex flex-col gap-3">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Child resources</h3>
          {isGreedy ? (
            <p className="text-zinc-500">A greedy {"{proxy+}"} resource cannot have children.</p>
          ) : (
            <AddResourceForm apiId={apiId} parent={resource} onCreated={onCreated} />
          )}
        </section>
      </div>
      <EnableCorsDialog key={resource.id} apiId={apiId} resource={resource} open={enablingCors} onClose={() => setEnablingCors(false)} />
      <ConfirmDialog
        open={confirming}
        title="Delete resource"
        confirmLabel="Delete resource"
        pending={deleteResource.isPending}
        error={deleteResource.isError ? errorMessage(deleteResource.error) : null}
        onCancel={() => {
          deleteResource.reset();
          setConfirming(false);
        }}
        onConfirm={() =>
          deleteResource.mutate(resource.id, {
            onSuccess: () => {
              setConfirming(false);
              onDeleted();
            },
          })
        }
      >
        <p>
          Delete <code className="font-mono">{resource.path}</code> with its methods and every resource below it? Stages
          keep serving their deployed copy until you deploy again.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
