"use client";

import { useState, type FormEvent } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ModelJson } from "@/lib/query/types";
import { useCreateModel, useDeleteModel, useUpdateModel } from "@/lib/query/use-models";
import { createModelSchema, updateModelSchema } from "@/lib/schemas/model.schema";
import { SaveBar } from "../../_components/save-bar";
import { jsonProblem } from "./json-problem";

const STARTER = '{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "title": "Pet",\n  "type": "object",\n  "properties": {\n    "name": { "type": "string" }\n  },\n  "required": ["name"]\n}';

export interface ModelEditorProps {
  apiId: string;
  /** null: a new model. */
  model: ModelJson | null;
  onSaved: (name: string) => void;
  onDeleted: () => void;
}

export function ModelEditor({ apiId, model, onSaved, onDeleted }: ModelEditorProps) {
  const create = useCreateModel(apiId);
  const update = useUpdateModel(apiId);
  const remove = useDeleteModel(apiId);
  const initial = { name: model?.name ?? "", contentType: model?.contentType ?? "application/json", description: model?.description ?? "", schema: model?.schema ?? STARTER };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [deleting, setDeleting] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const save = model ? update : create;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Record<string, string> = {};
    // The editor's own check names the line; zod gives AWS's wording for the rest.
    const syntax = jsonProblem(values.schema);
    if (syntax) next.schema = syntax;
    const parsed = model
      ? updateModelSchema.safeParse({ description: values.description, schema: values.schema })
      : createModelSchema.safeParse(values);
    if (!parsed.success) for (const issue of parsed.error.issues) next[String(issue.path[0] ?? "form")] ??= issue.message;
    setErrors(next);
    if (Object.keys(next).length) return;
    if (model) update.mutate({ name: model.name, description: values.description, schema: values.schema }, { onSuccess: () => onSaved(model.name) });
    else create.mutate(values, { onSuccess: (created) => onSaved(created.name) });
  }

  return (
    <Card
      title={model ? <span className="font-mono">{model.name}</span> : "Create model"}
      description={model ? `Model ${model.id} · ${model.contentType}` : "A JSON Schema (draft 4) the API's methods can name."}
      actions={
        model && (
          <Button variant="secondary" size="sm" onClick={() => setDeleting(true)}>
            Delete model
          </Button>
        )
      }
    >
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {!model && (
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            <Field label="Model name" htmlFor="model-name" error={errors.name} hint="Letters and digits only, as AWS requires.">
              <Input id="model-name" value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} className="font-mono" aria-invalid={!!errors.name} />
            </Field>
            <Field label="Content type" htmlFor="model-content-type" error={errors.contentType}>
              <Input id="model-content-type" value={values.contentType} onChange={(event) => setValues({ ...values, contentType: event.target.value })} className="font-mono" />
            </Field>
          </div>
        )}
        <Field label="Description" htmlFor="model-description" error={errors.description}>
          <Input id="model-description" value={values.description} onChange={(event) => setValues({ ...values, description: event.target.value })} />
        </Field>
        <Field label="Model schema" htmlFor="model-schema" error={errors.schema} hint="JSON Schema draft 4. Refer to other models as https://apigateway.amazonaws.com/restapis/{api}/models/{name}.">
          <CodeEditor id="model-schema" ariaLabel="Model schema" language="json" value={values.schema} onChange={(schema) => setValues((v) => ({ ...v, schema }))} height={360} invalid={!!errors.schema} />
        </Field>
        {errors.form && <InlineError message={errors.form} />}
        <SaveBar
          mutation={save}
          label={model ? "Save model" : "Create model"}
          dirty={dirty && !!model}
          onDiscard={() => (setValues(initial), setErrors({}))}
          problemCount={Object.keys(errors).length}
        />
      </form>
      <ConfirmDialog
        open={deleting}
        title="Delete model"
        confirmLabel="Delete model"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onCancel={() => (remove.reset(), setDeleting(false))}
        onConfirm={() => model && remove.mutate(model.name, { onSuccess: () => (setDeleting(false), onDeleted()) })}
      >
        <p>
          Delete <code className="font-mono">{model?.name}</code>? A model a method request still names cannot be deleted: AWS refuses, and so does Portico.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
