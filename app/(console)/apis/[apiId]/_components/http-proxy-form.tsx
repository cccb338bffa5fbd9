"use client";

import { useState, type FormEvent } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import { HTTP_METHODS } from "@/lib/domain/snapshot";
import type { MethodJson } from "@/lib/query/types";
import { useSaveIntegration } from "@/lib/query/use-save-integration";
import { putIntegrationSchema } from "@/lib/schemas/integration.schema";
import { SaveBar } from "./save-bar";

type Errors = { httpMethod?: string; uri?: string; timeoutInMillis?: string };

function initialValues(method: MethodJson) {
  const integration = method.methodIntegration?.type === "HTTP_PROXY" ? method.methodIntegration : undefined;
  return {
    httpMethod: integration?.httpMethod ?? method.httpMethod,
    uri: integration?.uri ?? "",
    timeout: String(integration?.timeoutInMillis ?? 29000),
  };
}

export function HttpProxyForm({ apiId, resourceId, method }: { apiId: string; resourceId: string; method: MethodJson }) {
  const save = useSaveIntegration(apiId, resourceId, method);
  const [values, setValues] = useState(() => initialValues(method));
  const [errors, setErrors] = useState<Errors>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const timeout = values.timeout.trim() === "" ? Number.NaN : Number(values.timeout);
    const parsed = putIntegrationSchema.safeParse({ type: "HTTP_PROXY", httpMethod: values.httpMethod, uri: values.uri, timeoutInMillis: timeout });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Errors;
        next[key] ??= key === "timeoutInMillis" ? "Integration timeout must be between 50 and 29000 ms." : issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    save.mutate({ type: "HTTP_PROXY", httpMethod: parsed.data.httpMethod ?? values.httpMethod, uri: parsed.data.uri ?? "", timeoutInMillis: parsed.data.timeoutInMillis });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div className="grid grid-cols-[9rem_1fr] gap-3">
        <Field label="Backend method" htmlFor="proxy-method" error={errors.httpMethod}>
          <Select id="proxy-method" value={values.httpMethod} onChange={(event) => setValues((v) => ({ ...v, httpMethod: event.target.value }))} className="font-mono">
            {HTTP_METHODS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Endpoint URL"
          htmlFor="proxy-uri"
          error={errors.uri}
          hint={<>Path parameters like <code>{"{proxy}"}</code> and stage variables like <code>{"${stageVariables.host}"}</code> are substituted.</>}
        >
          <Input
            id="proxy-uri"
            value={values.uri}
            onChange={(event) => setValues((v) => ({ ...v, uri: event.target.value }))}
            placeholder="http://localhost:8080/{proxy}"
            className="font-mono"
            aria-invalid={!!errors.uri}
          />
        </Field>
      </div>
      <Field label="Timeout (ms)" htmlFor="proxy-timeout" error={errors.timeoutInMillis} hint="50 to 29000 ms.">
        <Input
          id="proxy-timeout"
          type="number"
          min={50}
          max={29000}
          value={values.timeout}
          onChange={(event) => setValues((v) => ({ ...v, timeout: event.target.value }))}
          className="w-32 font-mono"
          aria-invalid={!!errors.timeoutInMillis}
        />
      </Field>
      <SaveBar mutation={save} label="Save HTTP proxy integration" />
    </form>
  );
}
