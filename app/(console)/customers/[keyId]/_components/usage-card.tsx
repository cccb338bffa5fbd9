"use client";

import { Card } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState } from "@/components/ui/states";
import { useApiKeyUsage } from "@/lib/query/use-api-keys";
import { UsageChart } from "./usage-chart";

const DAYS = 30;

export function UsageCard({ keyId }: { keyId: string }) {
  const usage = useApiKeyUsage(keyId, DAYS);
  return (
    <Card title={`Usage, last ${DAYS} days`} description="Requests counted against the key's plan, per UTC day.">
      {usage.isPending ? (
        <LoadingState label="Loading usage…" />
      ) : usage.isError ? (
        <ErrorState error={usage.error} onRetry={() => usage.refetch()} />
      ) : (
        <UsageChart days={usage.data} />
      )}
    </Card>
  );
}
