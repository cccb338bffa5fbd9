"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ApiKeyJson } from "@/lib/query/types";
import { useDeleteApiKey } from "@/lib/query/use-api-keys";

export function DeleteApiKeyDialog({ apiKey, open, onClose }: { apiKey: ApiKeyJson; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const deleteKey = useDeleteApiKey();

  function close() {
    deleteKey.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={open}
      title="Delete API key"
      confirmLabel="Delete key"
      pending={deleteKey.isPending}
      error={deleteKey.isError ? errorMessage(deleteKey.error) : null}
      onCancel={close}
      onConfirm={() => deleteKey.mutate(apiKey.id, { onSuccess: () => router.push("/customers") })}
    >
      <p>
        Delete <strong>{apiKey.name}</strong>
        {apiKey.customerId && <> of customer {apiKey.customerId}</>}? Calls with it get 403 Forbidden from then on, and its usage history
        goes with it. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
