"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useApi } from "@/lib/query/use-apis";
import { useResources } from "@/lib/query/use-resources";
import { ApiHeader } from "./api-header";
import type { Place } from "./method/aws-uris";
import { DirtyBoxesProvider } from "./method/dirty-boxes";
import { MethodPanel } from "./method-panel";
import { ResourcePanel } from "./resource-panel";
import { ResourceTree } from "./resource-tree";

const LEAVE_WARNING = "This method has unsaved changes. Leave them?";

export function ApiDesigner({ apiId, place }: { apiId: string; place: Place }) {
  const api = useApi(apiId);
  const resources = useResources(apiId);
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The selection lives in the URL (?resource=…&method=GET), so a reload or a shared link opens the same method.
  const selectedId = searchParams.get("resource");
  const selectedMethod = searchParams.get("method");
  const dirty = useRef(false);
  const onDirtyChange = useCallback((anyDirty: boolean) => {
    dirty.current = anyDirty;
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  if (api.isPending || resources.isPending) return <LoadingState label="Loading API…" />;
  if (api.isError) return <ErrorState error={api.error} onRetry={() => api.refetch()} />;
  if (resources.isError) return <ErrorState error={resources.error} onRetry={() => resources.refetch()} />;

  const root = resources.data.find((resource) => !resource.parentId);
  const selected = resources.data.find((resource) => resource.id === selectedId) ?? root;
  const method = selected && selectedMethod ? selected.resourceMethods?.[selectedMethod] : undefined;

  function select(resourceId: string, httpMethod: string | null = null) {
    if (dirty.current && !window.confirm(LEAVE_WARNING)) return;
    dirty.current = false;
    const params = new URLSearchParams({ resource: resourceId });
    if (httpMethod) params.set("method", httpMethod);
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  }

  return (
    <div className="flex flex-col gap-6">
      <ApiHeader api={api.data} current="resources" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(240px,300px)_minmax(0,1fr)]">
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
            <DirtyBoxesProvider key={`${selected.id}:${method.httpMethod}`} onChange={onDirtyChange}>
              <MethodPanel apiId={apiId} resource={selected} method={method} place={place} />
            </DirtyBoxesProvider>
          )}
        </div>
      </div>
    </div>
  );
}
