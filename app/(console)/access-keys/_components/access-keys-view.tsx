"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";
import { LoadingState } from "@/components/ui/spinner";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { useAccessKeys } from "@/lib/query/use-access-keys";
import { AccessKeysTable } from "./access-keys-table";
import { CreateAccessKeyDialog } from "./create-access-key-dialog";

export function AccessKeysView({ endpointUrl, region }: { endpointUrl: string; region: string }) {
  const keys = useAccessKeys();
  const [creating, setCreating] = useState(false);
  const createButton = <Button onClick={() => setCreating(true)}>Create access key</Button>;
  const example = `aws apigateway get-rest-apis --endpoint-url ${endpointUrl} --region ${region}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className=""
        title="Access keys"
        description="Keys for the AWS-compatible management API: use them with the AWS CLI, SDKs or Terraform."
        actions={createButton}
      />
      <Card title="Management API" description="Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to a key below, then point the CLI at Portico.">
        <div className="flex flex-col gap-3">
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Endpoint URL</span>
            <CopyField value={endpointUrl} testId="management-endpoint" />
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Example</span>
            <CopyField value={example} testId="cli-example" />
          </div>
        </div>
      </Card>
      {keys.isPending ? (
        <LoadingState label="Loading access keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <EmptyState title="No access keys yet" action={createButton}>
          Create a key to call the management API from scripts and tools.
        </EmptyState>
      ) : (
        <AccessKeysTable keys={keys.data} />
      )}
      <CreateAccessKeyDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
