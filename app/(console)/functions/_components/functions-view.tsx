"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useFunctions } from "@/lib/query/functions";
import { CreateFunctionDialog } from "./create-function-dialog";
import { FunctionsTable } from "./functions-table";

export function FunctionsView() {
  const functions = useFunctions();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create function</Button>;

  return (
    <>
      <PageHeader
        title="Functions"
        description="Lambda-compatible Node.js functions: write an AWS Lambda handler here, call it from an API or with the Lambda API."
        actions={createButton}
      />
      {functions.isPending ? (
        <LoadingState label="Loading functions…" />
      ) : functions.isError ? (
        <ErrorState error={functions.error} onRetry={() => functions.refetch()} />
      ) : functions.data.length === 0 ? (
        <EmptyState title="No functions yet" action={createButton}>
          Create a function to get a starter handler, edit it in the browser, test it with an event and publish versions.
        </EmptyState>
      ) : (
        <FunctionsTable functions={functions.data} />
      )}
      <CreateFunctionDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
