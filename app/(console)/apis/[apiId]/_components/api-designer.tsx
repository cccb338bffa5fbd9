"use client";

import { useState } from "react";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useApi } from "@/lib/query/use-apis";
import { useResources } from "@/lib/query/use-resources";
import { ApiHeader } from "./api-header";
import { MethodPanel } from "./method-panel";
import { ResourcePanel } from "./resource-panel";
import { ResourceTree } from "./resource-tree";

export function ApiDesigner({ apiId }: { apiId: string }) {
  const api = useApi(apiId);
  const resources = useResources(apiId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectedMethod, setSelectedMethod] = useState<string | null>(null);

  if (api.isPending || resources.isPending) return <LoadingState label="Loading API…" />;
  if (api.isError) return <ErrorState error={api.error} onRetry={() => api.refetch()} />;
  if (resources.isError) return <ErrorState error={resources.error} onRetry={() => resources.refetch()} />;

  const root = resources.data.find((resource) => !resource.parentId);
  const selected = resources.data.find((resource) => resource.id === selectedId) ?? root;
  const method = selected && selectedMethod ? selected.resourceMethods?.[selectedMethod] : undefined;

  function select(resourceId: string, httpMethod: string | null = null) {
    setSelectedId(resourceId);
    setSelectedMethod(httpMethod);
  }

  return (
    <div className="flex flex-col gap-6">
      <ApiHeader api={api.data} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(260px,320px)_1fr]">
        <ResourceTree resources={resources.data} selectedId={selected?.id ?? null} onSelect={(id) => select(id)} />
        <div className="flex min-w-0 flex-col gap-6">
          {selected && (
            <ResourcePanel
              apiId={apiId}
              resource={selected}
              selectedMethod={method ? selectedMethod : null}
              onSelectMethod={(httpMethod) => select(selected.id, httpMethod)}
              onCreated={(resource) => select(resource.id)}
              onDeleted={() => select(root?.id ?? "")}
            />
          )}
          {selected && method && (
            <MethodPanel key={`${selected.id}:${method.httpMethod}`} apiId={apiId} resource={selected} method={method} />
          )}
        </div>
      </div>
    </div>
  );
}
