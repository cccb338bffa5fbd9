"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/lib/query/fetch-json";
import type { RestApiJson } from "@/lib/query/types";
import { useDeleteApi } from "@/lib/query/use-apis";

/** Deleting an API removes its stages too, so the user types its name to confirm. */
export function DeleteApiDialog({ api, onClose }: { api: RestApiJson | null; onClose: () => void }) {
  const deleteApi = useDeleteApi();
  const [typed, setTyped] = useState("");

  function close() {
    setTyped("");
    deleteApi.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={api !== null}
      title="Delete API"
      confirmLabel="Delete API"
      pending={deleteApi.isPending}
      error={deleteApi.isError ? errorMessage(deleteApi.error) : null}
      canConfirm={api !== null && typed === api.name}
      onCancel={close}
      onConfirm={() => api && deleteApi.mutate(api.id, { onSuccess: close })}
    >
      <p>
        This deletes <strong>{api?.name}</strong> with all its resources, deployments and stages. Its invoke URLs stop
        working. This cannot be undone.
      </p>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-700">
        Type the API name to confirm
        <Input value={typed} onChange={(event) => setTyped(event.target.value)} aria-label="API name" autoFocus />
      </label>
    </ConfirmDialog>
  );
}
