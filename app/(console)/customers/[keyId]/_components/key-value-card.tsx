"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyField } from "@/components/ui/copy-button";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ApiKeyJson } from "@/lib/query/types";
import { useRevealApiKeyValue, useRotateApiKey } from "@/lib/query/use-api-keys";

/** The key's value: masked unless asked for, and replaceable (rotation) after a confirmation. */
export function KeyValueCard({ apiKey }: { apiKey: ApiKeyJson }) {
  const reveal = useRevealApiKeyValue(apiKey.id);
  const rotate = useRotateApiKey(apiKey.id);
  const [confirming, setConfirming] = useState(false);
  const rotated = rotate.data?.value;
  // A rotation makes any revealed value stale; the new one shows in its place.
  const shown = rotated ?? reveal.data?.value;

  function hide() {
    reveal.reset();
    rotate.reset();
  }

  function closeConfirm() {
    setConfirming(false);
    if (rotate.isError) rotate.reset();
  }

  return (
    <Card
      title="API key"
      description="Clients send it in the x-api-key header."
      actions={
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
          Rotate key
        </Button>
      }
    >
      <div className="flex flex-col gap-3">
        {shown ? (
          <>
            {rotated && (
              <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
                New key value: give it to the customer. The old value no longer works.
              </p>
            )}
            <CopyField value={shown} testId="api-key-value" />
            <div>
              <Button variant="ghost" size="sm" onClick={hide}>
                Hide value
              </Button>
            </div>
          </>
        ) : (
          <div className="flex items-center gap-2">
            <code data-testid="api-key-masked" className="min-w-0 flex-1 truncate rounded-md border border-zinc-200 bg-zinc-50 px-3 py-1.5 font-mono text-xs text-zinc-600">
              {apiKey.maskedValue}
            </code>
            <Button variant="secondary" size="sm" pending={reveal.isPending} onClick={() => reveal.mutate()}>
              Reveal value
            </Button>
          </div>
        )}
        <InlineError message={reveal.isError ? errorMessage(reveal.error) : null} />
      </div>
      <ConfirmDialog
        open={confirming}
        title="Rotate API key"
        confirmLabel="Rotate key"
        pending={rotate.isPending}
        error={rotate.isError ? errorMessage(rotate.error) : null}
        onCancel={closeConfirm}
        onConfirm={() => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        <p>
          Give <strong>{apiKey.name}</strong> a new random value? Calls with the current value get 403 Forbidden as soon as the gateway
          picks up the change (within a second). Usage and plan stay with the key.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
