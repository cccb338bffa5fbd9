"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useFunctionVersions, usePublishVersion, type FunctionJson } from "@/lib/query/functions";
import { publishVersionSchema } from "@/lib/schemas/function.schema";

/**
 * PublishVersion: an immutable copy of $LATEST's code and settings. Lambda publishes nothing when $LATEST has not
 * changed since the last version and answers with that version; the dialog says so instead of claiming a new one.
 */
export function PublishDialog({ fn, open, onClose }: { fn: FunctionJson; open: boolean; onClose: () => void }) {
  const publish = usePublishVersion(fn.functionName);
  const versions = useFunctionVersions(fn.functionName);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  function close() {
    setError(null);
    setOutcome(null);
    publish.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const description = String(new FormData(event.currentTarget).get("description") ?? "");
    const parsed = publishVersionSchema.safeParse({ description: description || undefined, revisionId: fn.revisionId });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the description.");
      return;
    }
    setError(null);
    const known = new Set(versions.data?.map((v) => v.version));
    publish.mutate(parsed.data, {
      onSuccess: (version) =>
        setOutcome(
          known.has(version.version)
            ? `Nothing changed since version ${version.version}, so no new version was published.`
            : `Published version ${version.version}.`,
        ),
    });
  }

  return (
    <Dialog open={open} onClose={close} title="Publish version" description="Versions are immutable copies of $LATEST's code and configuration.">
      {outcome ? (
        <div className="flex flex-col gap-4">
          <p role="status" className="text-emerald-700">{outcome}</p>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Version description" htmlFor="version-description" error={error} hint={`Optional; defaults to the function's description. Up to 256 characters.`}>
            <Input id="version-description" name="description" autoFocus aria-invalid={!!error} />
          </Field>
          <FormActions error={publish.isError ? errorMessage(publish.error) : null} onCancel={close} submitLabel="Publish" pending={publish.isPending} disabled={versions.isPending} />
        </form>
      )}
    </Dialog>
  );
}
