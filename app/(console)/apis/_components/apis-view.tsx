"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useApis } from "@/lib/query/use-apis";
import { ApisTable } from "./apis-table";
import { CreateApiDialog } from "./create-api-dialog";

export function ApisView() {
  const apis = useApis();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create API</Button>;

  return (
    <>
      <PageHeader title="APIs" description="REST APIs served by this Portico gateway." actions={createButton} />
      {apis.isPending ? (
        <LoadingState label="Loading APIs…" />
      ) : apis.isError ? (
        <ErrorState error={apis.error} onRetry={() => apis.refetch()} />
      ) : apis.data.items.length === 0 ? (
        <EmptyState title="No APIs yet" action={createButton}>
          Create a REST API, add resources and methods, then deploy it to a stage to call it through the gateway.
        </EmptyState>
      ) : (
        <ApisTable apis={apis.data.items} />
      )}
      <CreateApiDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
