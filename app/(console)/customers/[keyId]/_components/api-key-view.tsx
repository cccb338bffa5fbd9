"use client";

import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useApiKey } from "@/lib/query/use-api-keys";
import { ApiKeyHeader } from "./api-key-header";
import { KeyPlanCard } from "./key-plan-card";
import { KeyValueCard } from "./key-value-card";
import { UsageCard } from "./usage-card";

export function ApiKeyView({ keyId }: { keyId: string }) {
  const key = useApiKey(keyId);
  if (key.isPending) return <LoadingState label="Loading API key…" />;
  if (key.isError) return <ErrorState error={key.error} onRetry={() => key.refetch()} />;
  return (
    <div className="flex flex-col gap-6">
      <ApiKeyHeader apiKey={key.data} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <KeyValueCard apiKey={key.data} />
        <KeyPlanCard apiKey={key.data} />
      </div>
      <UsageCard keyId={keyId} />
    </div>
  );
}
