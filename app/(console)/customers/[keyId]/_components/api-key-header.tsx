"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ApiKeyDetailJson } from "@/lib/query/types";
import { useUpdateApiKey } from "@/lib/query/use-api-keys";
import { DeleteApiKeyDialog } from "./delete-api-key-dialog";
import { EditApiKeyDialog } from "./edit-api-key-dialog";

export function ApiKeyHeader({ apiKey }: { apiKey: ApiKeyDetailJson }) {
  const update = useUpdateApiKey(apiKey.id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  return (
    <div>
      <nav aria-label="Breadcrumb" className="flex gap-1.5 text-xs text-zinc-500">
        <Link href="/customers" className="hover:text-zinc-800">Customers</Link>
        <span>/</span>
        <span>{apiKey.name}</span>
      </nav>
      <PageHeader
        className="mt-1"
        title={apiKey.name}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span data-testid="api-key-status">{apiKey.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}</span>
            <span className="text-xs">
              customer <strong className="font-medium text-zinc-700">{apiKey.customerId || "—"}</strong>
            </span>
            <span className="font-mono text-xs">{apiKey.id}</span>
            <span className="text-xs">created {formatDateTime(apiKey.createdDate)}</span>
            {apiKey.description && <span>{apiKey.description}</span>}
          </span>
        }
        actions={
          <>
            <Button variant="secondary" onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant={apiKey.enabled ? "secondary" : "primary"} pending={update.isPending} onClick={() => update.mutate({ enabled: !apiKey.enabled })}>
              {apiKey.enabled ? "Disable key" : "Enable key"}
            </Button>
          </>
        }
      />
      <InlineError message={update.isError ? errorMessage(update.error) : null} />
      <EditApiKeyDialog apiKey={apiKey} open={editing} onClose={() => setEditing(false)} />
      <DeleteApiKeyDialog apiKey={apiKey} open={deleting} onClose={() => setDeleting(false)} />
    </div>
  );
}
