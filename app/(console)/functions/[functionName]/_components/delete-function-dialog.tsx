"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/field";
import { errorMessage } from "@/lib/query/fetch-json";
import { useDeleteFunction } from "@/lib/query/functions";

/** DeleteFunction removes every version, alias and recorded invocation too, so the user types the name. */
export function DeleteFunctionDialog({ functionName, open, onClose }: { functionName: string; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const deleteFunction = useDeleteFunction();
  const [typed, setTyped] = useState("");

  function close() {
    setTyped("");
    deleteFunction.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={open}
      title="Delete function"
      confirmLabel="Delete function"
      pending={deleteFunction.isPending}
      error={deleteFunction.isError ? errorMessage(deleteFunction.error) : null}
      canConfirm={typed === functionName}
      onCancel={close}
      onConfirm={() => deleteFunction.mutate(functionName, { onSuccess: () => router.push("/functions") })}
    >
      <p>
        This deletes <strong>{functionName}</strong> with all its versions, aliases and recorded invocations. API integrations
        that call it start failing. This cannot be undone.
      </p>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-700">
        Type the function name to confirm
        <Input value={typed} onChange={(event) => setTyped(event.target.value)} aria-label="Function name" autoFocus />
      </label>
    </ConfirmDialog>
  );
}
