"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Textarea } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import { useImportApiKeys } from "@/lib/query/use-api-keys";

// AWS's API key file: a header line naming the columns (any case, any order), then one key a line.
const EXAMPLE = 'Name,Key,Description,Enabled,UsagePlanIds\nacme-prod,acme-0123456789abcdefghij,Acme production,true,"plan1,plan2"';

/** AWS's ImportApiKeys (format csv): paste or pick a file; rows the server skipped come back as warnings. */
export function ImportApiKeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const importKeys = useImportApiKeys();
  const [csv, setCsv] = useState("");
  const [failOnWarnings, setFailOnWarnings] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const result = importKeys.data;

  function close() {
    setCsv("");
    setError(null);
    setFailOnWarnings(false);
    importKeys.reset();
    onClose();
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!csv.trim()) return setError("Paste the CSV or choose a file.");
    setError(null);
    importKeys.mutate({ csv, failOnWarnings });
  }

  if (result) {
    return (
      <Dialog open={open} onClose={close} title="API keys imported" footer={<Button onClick={close}>Done</Button>}>
        <div className="flex flex-col gap-3">
          <p role="status">
            Imported {result.ids.length} key{result.ids.length === 1 ? "" : "s"}.
          </p>
          {result.warnings.length > 0 && (
            <div className="flex flex-col gap-1">
              <span className="text-xs font-medium text-zinc-700">Warnings</span>
              <ul aria-label="Import warnings" className="flex flex-col gap-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
                {result.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog open={open} onClose={close} title="Import API keys">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="CSV file" htmlFor="import-keys-file">
          <input id="import-keys-file" type="file" accept=".csv,text/csv" onChange={onFile} className="text-xs" />
        </Field>
        <Field label="CSV" htmlFor="import-keys-csv" error={error} hint="A header line, then one key a line. Name and Key are required; Description, Enabled and UsagePlanIds are optional.">
          <Textarea id="import-keys-csv" rows={7} value={csv} onChange={(event) => setCsv(event.target.value)} placeholder={EXAMPLE} className="text-xs" aria-invalid={!!error} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={failOnWarnings} onChange={(event) => setFailOnWarnings(event.target.checked)} className="accent-accent-600" />
          Import nothing if any row has a problem
        </label>
        <FormActions error={importKeys.isError ? errorMessage(importKeys.error) : null} onCancel={close} submitLabel="Import keys" pending={importKeys.isPending} />
      </form>
    </Dialog>
  );
}
