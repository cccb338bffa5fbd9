"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { GATEWAY_RESPONSE_DEFAULTS } from "@/lib/domain/gateway-responses/catalog";
import { useApi } from "@/lib/query/use-apis";
import { useGatewayResponses } from "@/lib/query/use-gateway-responses";
import { ApiHeader } from "../../_components/api-header";
import { GatewayResponseEditor } from "./gateway-response-editor";

export function GatewayResponsesView({ apiId }: { apiId: string }) {
  const api = useApi(apiId);
  const responses = useGatewayResponses(apiId);
  const router = useRouter();
  const pathname = usePathname();
  const selectedType = useSearchParams().get("type") ?? "DEFAULT_4XX";

  if (api.isPending) return <LoadingState label="Loading API…" />;
  if (api.isError) return <ErrorState error={api.error} onRetry={() => api.refetch()} />;
  const byType = new Map((responses.data ?? []).map((r) => [r.responseType, r]));
  const selectedDefault = GATEWAY_RESPONSE_DEFAULTS.find((d) => d.responseType === selectedType) ?? GATEWAY_RESPONSE_DEFAULTS[0];
  const selected = byType.get(selectedDefault.responseType);
  const sorted = [...GATEWAY_RESPONSE_DEFAULTS].sort((a, b) => a.responseType.localeCompare(b.responseType));

  return (
    <div className="flex flex-col gap-6">
      <ApiHeader api={api.data} current="gateway-responses" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(260px,320px)_minmax(0,1fr)]">
        <Card title="Gateway responses" description="What the gateway answers itself, before or instead of the backend." bodyClassName="p-2" className="self-start">
          {responses.isPending && <LoadingState label="Loading…" />}
          {responses.isError && <ErrorState error={responses.error} onRetry={() => responses.refetch()} />}
          <ul aria-label="Gateway response types" className="flex flex-col gap-0.5">
            {sorted.map((def) => {
              const current = byType.get(def.responseType);
              const customised = current ? !current.defaultResponse : false;
              const status = current?.statusCode ?? def.statusCode ?? (def.statusClass === "5XX" ? "5XX" : "4XX");
              return (
                <li key={def.responseType}>
                  <button
                    type="button"
                    onClick={() => router.replace(`${pathname}?type=${def.responseType}`, { scroll: false })}
                    aria-current={def.responseType === selectedDefault.responseType ? "true" : undefined}
                    data-testid={`gateway-response-${def.responseType}`}
                    className={cn(
                      "flex w-full items-center justify-between gap-2 rounded-md px-2.5 py-1.5 text-left",
                      def.responseType === selectedDefault.responseType ? "bg-accent-50 text-accent-700" : "text-zinc-700 hover:bg-zinc-100",
                    )}
                  >
                    <span className="truncate font-mono text-[11px] font-medium">{def.responseType}</span>
                    <span className="flex shrink-0 items-center gap-1.5">
                      {customised && <Badge tone="accent">custom</Badge>}
                      <span className="font-mono text-[11px] text-zinc-500">{status}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </Card>
        <div className="min-w-0">
          {responses.isSuccess && (
            <GatewayResponseEditor
              key={`${selectedDefault.responseType}:${JSON.stringify(selected ?? null)}`}
              apiId={apiId}
              definition={selectedDefault}
              current={selected}
            />
          )}
        </div>
      </div>
    </div>
  );
}
