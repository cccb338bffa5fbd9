"use client";

import { useState, type FormEvent } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import { Field, Input } from "@/components/ui/field";
import { putIntegrationSchema } from "@/lib/schemas/integration.schema";
import { statusCodeSchema } from "@/lib/schemas/method.schema";
import type { MethodJson } from "@/lib/query/types";
import { useSaveIntegration } from "@/lib/query/use-save-integration";
import { SaveBar } from "./save-bar";

const JSON_TYPE = "application/json";
export const DEFAULT_MOCK_TEMPLATE = '{"statusCode": 200}';

function initialValues(method: MethodJson) {
  const integration = method.methodIntegration?.type === "MOCK" ? method.methodIntegration : undefined;
  const response = integration ? Object.values(integration.integrationResponses)[0] : undefined;
  return {
    requestTemplate: integration?.requestTemplates[JSON_TYPE] ?? DEFAULT_MOCK_TEMPLATE,
    statusCode: response?.statusCode ?? "200",
    responseBody: response?.responseTemplates[JSON_TYPE] ?? '{"message": "Hello from Portico"}',
  };
}

export function MockIntegrationForm({ apiId, resourceId, method }: { apiId: string; resourceId: string; method: MethodJson }) {
  const save = useSaveIntegration(apiId, resourceId, method);
  const [values, setValues] = useState(() => initialValues(method));
  const [errors, setErrors] = useState<{ requestTemplate?: string; statusCode?: string }>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: typeof errors = {};
    const status = statusCodeSchema.safeParse(values.statusCode.trim());
    if (!status.success) next.statusCode = status.error.issues[0]?.message;
    const integration = putIntegrationSchema.safeParse({ type: "MOCK", requestTemplates: { [JSON_TYPE]: values.requestTemplate } });
    if (!integration.success) next.requestTemplate = integration.error.issues[0]?.message;
    setErrors(next);
    if (next.statusCode || next.requestTemplate) return;
    save.mutate({ type: "MOCK", requestTemplate: values.requestTemplate, statusCode: values.statusCode.trim(), responseBody: values.responseBody });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field
        label="Request template (application/json)"
        htmlFor="mock-request-template"
        error={errors.requestTemplate}
        hint="The statusCode here picks the integration response, as in AWS."
      >
        <CodeEditor id="mock-request-template" ariaLabel="Request template" value={values.requestTemplate} height={90} onChange={(requestTemplate) => setValues((v) => ({ ...v, requestTemplate }))} />
      </Field>
      <Field label="Response status" htmlFor="mock-status" error={errors.statusCode}>
        <Input
          id="mock-status"
          value={values.statusCode}
          onChange={(event) => setValues((v) => ({ ...v, statusCode: event.target.value }))}
          className="w-28 font-mono"
          inputMode="numeric"
          aria-invalid={!!errors.statusCode}
        />
      </Field>
      <Field label="Response body (application/json)" htmlFor="mock-response-body" hint="Sent as the response body exactly as written (VTL mapping templates come in a later release).">
        <CodeEditor id="mock-response-body" ariaLabel="Response body" value={values.responseBody} height={160} onChange={(responseBody) => setValues((v) => ({ ...v, responseBody }))} />
      </Field>
      <SaveBar mutation={save} label="Save mock integration" />
    </form>
  );
}
