"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import { errorMessage } from "@/lib/query/fetch-json";
import type { AccessKeyJson } from "@/lib/query/types";
import { useDeleteAccessKey } from "@/lib/query/use-access-keys";

export function AccessKeysTable({ keys }: { keys: AccessKeyJson[] }) {
  const deleteKey = useDeleteAccessKey();
  const [deleting, setDeleting] = useState<AccessKeyJson | null>(null);

  function close() {
    deleteKey.reset();
    setDeleting(null);
  }

  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-xs">
      <DataTable variant="page" columns={["Access key ID", "Description", "Created", "Last used", ""]}>
        {keys.map((key) => (
          <tr key={key.accessKeyId}>
            <td className="px-4 py-3 font-mono text-xs">
              {key.accessKeyId} {key.source === "env" && <Badge>from environment</Badge>}
            </td>
            <td className="px-4 py-3 text-zinc-600">{key.description || "—"}</td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{formatDateTime(key.createdDate)}</td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{key.lastUsedDate ? formatDateTime(key.lastUsedDate) : "Never"}</td>
            <td className="px-4 py-3 text-right">
              {key.source === "console" && (
                <Button variant="ghost" size="sm" onClick={() => setDeleting(key)} aria-label={`Delete access key ${key.accessKeyId}`}>
                  Delete
                </Button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete access key"
        confirmLabel="Delete key"
        pending={deleteKey.isPending}
        error={deleteKey.isError ? errorMessage(deleteKey.error) : null}
        onCancel={close}
        onConfirm={() => deleting && deleteKey.mutate(deleting.accessKeyId, { onSuccess: close })}
      >
        <p>
          Delete <code className="font-mono">{deleting?.accessKeyId}</code>? Tools signing with it get 403 from then on.
        </p>
      </ConfirmDialog>
    </div>
  );
}
