"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useApi } from "@/lib/query/use-apis";
import { useModels } from "@/lib/query/use-models";
import { ApiHeader } from "../../_components/api-header";
import { ModelEditor } from "./model-editor";
import { RequestValidatorsCard } from "./request-validators-card";

const NEW = "__new__";

export function ModelsView({ apiId }: { apiId: string }) {
  const api = useApi(apiId);
  const models = useModels(apiId);
  const router = useRouter();
  const pathname = usePathname();
  const selectedName = useSearchParams().get("model");

  if (api.isPending) return <LoadingState label="Loading API…" />;
  if (api.isError) return <ErrorState error={api.error} onRetry={() => api.refetch()} />;
  const select = (name: string | null) => router.replace(name ? `${pathname}?model=${encodeURIComponent(name)}` : pathname, { scroll: false });
  const list = models.data ?? [];
  const selected = selectedName === NEW ? null : (list.find((m) => m.name === selectedName) ?? list[0]);

  return (
    <div className="flex flex-col gap-6">
      <ApiHeader api={api.data} current="models" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(240px,300px)_minmax(0,1fr)]">
        <div className="flex flex-col gap-6 self-start">
          <Card
            title="Models"
            description="JSON Schemas (draft 4) for request validation and SDKs."
            bodyClassName="p-2"
            actions={
              <Button size="sm" onClick={() => select(NEW)}>
                Create model
              </Button>
            }
          >
            {models.isPending && <LoadingState label="Loading models…" />}
            {models.isError && <ErrorState error={models.error} onRetry={() => models.refetch()} />}
            <ul aria-label="Models" className="flex flex-col gap-0.5">
              {list.map((model) => (
                <li key={model.id}>
                  <button
                    type="button"
                    onClick={() => select(model.name)}
                    aria-current={selected?.name === model.name && selectedName !== NEW ? "true" : undefined}
                    className={cn(
                      "flex w-full flex-col rounded-md px-2.5 py-1.5 text-left",
                      selected?.name === model.name && selectedName !== NEW ? "bg-accent-50 text-accent-700" : "text-zinc-700 hover:bg-zinc-100",
                    )}
                  >
                    <span className="font-mono text-xs font-medium">{model.name}</span>
                    <span className="truncate text-[11px] text-zinc-500">{model.contentType}{model.description ? ` · ${model.description}` : ""}</span>
                  </button>
                </li>
              ))}
            </ul>
          </Card>
          <RequestValidatorsCard apiId={apiId} />
        </div>
        <div className="min-w-0">
          {selectedName === NEW ? (
            <ModelEditor key="new" apiId={apiId} model={null} onSaved={(name) => select(name)} onDeleted={() => select(null)} />
          ) : selected ? (
            <ModelEditor key={`${selected.name}:${selected.schema}:${selected.description}`} apiId={apiId} model={selected} onSaved={(name) => select(name)} onDeleted={() => select(null)} />
          ) : (
            !models.isPending && (
              <EmptyState title="No models" action={<Button onClick={() => select(NEW)}>Create model</Button>}>
                Models describe request and response bodies; a request validator checks bodies against them.
              </EmptyState>
            )
          )}
        </div>
      </div>
    </div>
  );
}
