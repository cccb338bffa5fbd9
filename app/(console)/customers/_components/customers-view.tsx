"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useApiKeys } from "@/lib/query/use-api-keys";
import { ApiKeysTable } from "./api-keys-table";
import { CreateApiKeyDialog } from "./create-api-key-dialog";
import { ImportApiKeysDialog } from "./import-api-keys-dialog";

export function CustomersView() {
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create API key</Button>;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className=""
        title="Customers"
        description="API keys your customers send in x-api-key; their usage plan sets their quota and throttling."
        actions={
          <>
            <Button variant="secondary" onClick={() => setImporting(true)}>
              Import keys
            </Button>
            {createButton}
          </>
        }
      />
      {keys.isPending ? (
        <LoadingState label="Loading API keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <EmptyState title="No API keys yet" action={createButton}>
          Create a key for each customer, attach it to a usage plan, and require API keys on the methods they call.
        </EmptyState>
      ) : (
        <ApiKeysTable keys={keys.data} />
      )}
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <ImportApiKeysDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
