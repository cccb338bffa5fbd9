"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ResourceJson } from "@/lib/query/types";
import { useEnableCors } from "@/lib/query/use-enable-cors";
import { DEFAULT_CORS_ALLOW_HEADERS, enableCorsSchema, type EnableCorsResult } from "@/lib/schemas/cors.schema";

export interface EnableCorsDialogProps {
  apiId: string;
  resource: ResourceJson;
  open: boolean;
  onClose: () => void;
}

/** AWS's "Enable CORS" on a resource: writes the OPTIONS preflight and Allow-Origin mappings into the working copy. */
export function EnableCorsDialog({ apiId, resource, open, onClose }: EnableCorsDialogProps) {
  const enable = useEnableCors(apiId, resource.id);
  const present = Object.keys(resource.resourceMethods ?? {}).filter((m) => m !== "OPTIONS").sort();
  const [methods, setMethods] = useState<string[] | null>(null);
  const chosen = methods ?? present;
  const [values, setValues] = useState({ allowHeaders: DEFAULT_CORS_ALLOW_HEADERS, allowOrigin: "*", exposeHeaders: "", maxAge: "", allowCredentials: false, default4xx: false, default5xx: false });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<EnableCorsResult | null>(null);

  function close() {
    enable.reset();
    setResult(null);
    setErrors({});
    setMethods(null);
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = enableCorsSchema.safeParse({
      allowMethods: chosen.length ? chosen : undefined,
      allowHeaders: values.allowHeaders,
      allowOrigin: values.allowOrigin,
      exposeHeaders: values.exposeHeaders.trim() || undefined,
      maxAge: values.maxAge.trim() === "" ? undefined : Number(values.maxAge),
      allowCredentials: values.allowCredentials,
      gatewayResponses: [...(values.default4xx ? ["DEFAULT_4XX" as const] : []), ...(values.default5xx ? ["DEFAULT_5XX" as const] : [])],
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0] ?? "form")] ??= issue.message;
      return setErrors(next);
    }
    setErrors({});
    enable.mutate(parsed.data, { onSuccess: setResult });
  }

  return (
    <Dialog open={open} onClose={close} title="Enable CORS" description={<>Preflight and Allow-Origin for <code className="font-mono">{resource.path}</code>. Deploy afterwards to serve them.</>}>
      {result ? (
        <div className="flex flex-col gap-3" role="status" data-testid="cors-result">
          <p className="font-medium text-emerald-700">CORS enabled on {result.resourcePath}.</p>
          <ul className="list-disc pl-5 text-xs text-zinc-700">
            <li>{result.optionsCreated ? "Created" : "Updated"} OPTIONS (MOCK) answering Access-Control-Allow-Methods {result.allowMethods}.</li>
            {result.updatedMethods.filter((m) => m !== "OPTIONS").map((m) => (
              <li key={m}>{m}: Access-Control-Allow-Origin on the 200 response.</li>
            ))}
            {result.skippedMethods.map((s) => (
              <li key={s.httpMethod} className="text-amber-800">
                {s.httpMethod}: {s.reason}.
              </li>
            ))}
            {result.gatewayResponses.map((g) => (
              <li key={g}>{g}: CORS headers added.</li>
            ))}
          </ul>
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <fieldset>
            <legend className="mb-1.5 text-xs font-medium text-zinc-700">Access-Control-Allow-Methods</legend>
            {present.length === 0 ? (
              <p className="text-xs text-zinc-500">No methods yet: only OPTIONS will be allowed.</p>
            ) : (
              <div className="flex flex-wrap gap-3">
                {present.map((m) => (
                  <label key={m} className="flex items-center gap-1.5 font-mono text-xs">
                    <input type="checkbox" checked={chosen.includes(m)} onChange={(event) => setMethods(event.target.checked ? [...chosen, m] : chosen.filter((c) => c !== m))} className="accent-accent-600" />
                    {m}
                  </label>
                ))}
                <span className="font-mono text-xs text-zinc-400">OPTIONS (always)</span>
              </div>
            )}
          </fieldset>
          <Field label="Access-Control-Allow-Headers" htmlFor="cors-allow-headers" error={errors.allowHeaders}>
            <Input id="cors-allow-headers" value={values.allowHeaders} onChange={(event) => setValues({ ...values, allowHeaders: event.target.value })} className="font-mono text-xs" aria-invalid={!!errors.allowHeaders} />
          </Field>
          <Field label="Access-Control-Allow-Origin" htmlFor="cors-allow-origin" error={errors.allowOrigin} hint="* for any origin, or one origin such as https://app.example.com.">
            <Input id="cors-allow-origin" value={values.allowOrigin} onChange={(event) => setValues({ ...values, allowOrigin: event.target.value })} className="font-mono text-xs" aria-invalid={!!errors.allowOrigin} />
          </Field>
          <details className="text-xs">
            <summary className="cursor-pointer font-medium text-zinc-700">Additional settings</summary>
            <div className="mt-3 flex flex-col gap-3">
              <Field label="Access-Control-Expose-Headers" htmlFor="cors-expose-headers" error={errors.exposeHeaders}>
                <Input id="cors-expose-headers" value={values.exposeHeaders} onChange={(event) => setValues({ ...values, exposeHeaders: event.target.value })} className="font-mono text-xs" />
              </Field>
              <Field label="Access-Control-Max-Age (seconds)" htmlFor="cors-max-age" error={errors.maxAge}>
                <Input id="cors-max-age" type="number" min={0} value={values.maxAge} onChange={(event) => setValues({ ...values, maxAge: event.target.value })} className="w-32 font-mono text-xs" />
              </Field>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={values.allowCredentials} onChange={(event) => setValues({ ...values, allowCredentials: event.target.checked })} className="accent-accent-600" />
                Access-Control-Allow-Credentials: true
              </label>
            </div>
          </details>
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1 text-xs font-medium text-zinc-700">Gateway responses</legend>
            <label className="flex items-center gap-2 text-xs">
              <input type="checkbox" checked={values.default4xx} onChange={(event) => setValues({ ...values, default4xx: event.target.checked })} className="accent-accent-600" />
              DEFAULT 4XX (so browsers can read 403s and 429s)
            </label>
            <label className="flex items-center gap-2 text-xs">
              <input type="checkbox" checked={values.default5xx} onChange={(event) => setValues({ ...values, default5xx: event.target.checked })} className="accent-accent-600" />
              DEFAULT 5XX
            </label>
          </fieldset>
          <FormActions error={errors.form ?? errors.allowMethods ?? (enable.isError ? errorMessage(enable.error) : null)} onCancel={close} submitLabel="Enable CORS" pending={enable.isPending} />
        </form>
      )}
    </Dialog>
  );
}
