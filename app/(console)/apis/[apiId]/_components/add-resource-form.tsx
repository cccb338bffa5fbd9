"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ResourceJson } from "@/lib/query/types";
import { useCreateResource } from "@/lib/query/use-resources";
import { createResourceSchema } from "@/lib/schemas/resource.schema";

export function AddResourceForm({ apiId, parent, onCreated }: { apiId: string; parent: ResourceJson; onCreated: (resource: ResourceJson) => void }) {
  const createResource = useCreateResource(apiId);
  const [pathPart, setPathPart] = useState("");
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createResourceSchema.safeParse({ parentId: parent.id, pathPart });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the path part.");
      return;
    }
    setError(null);
    createResource.mutate(parsed.data, {
      onSuccess: (resource) => {
        setPathPart("");
        onCreated(resource);
      },
    });
  }

  const prefix = parent.path === "/" ? "/" : `${parent.path}/`;
  const serverError = createResource.isError ? errorMessage(createResource.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <Field
        label="Path part"
        htmlFor="resource-path-part"
        error={error ?? serverError}
        hint={<>A literal (<code>pets</code>), a parameter (<code>{"{id}"}</code>) or a greedy <code>{"{proxy+}"}</code>.</>}
      >
        <div className="flex items-center gap-2">
          <span className="max-w-48 shrink-0 truncate font-mono text-xs text-zinc-500" title={prefix}>
            {prefix}
          </span>
          <Input
            id="resource-path-part"
            value={pathPart}
            onChange={(event) => setPathPart(event.target.value)}
            placeholder="{proxy+}"
            className="font-mono"
            aria-invalid={!!(error ?? serverError)}
          />
          <Button type="submit" variant="secondary" pending={createResource.isPending}>
            Add resource
          </Button>
        </div>
      </Field>
    </form>
  );
}
