"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { HTTP_METHODS } from "@/lib/domain/snapshot";
import { errorMessage } from "@/lib/query/fetch-json";
import type { ResourceJson } from "@/lib/query/types";
import { useCreateMethod } from "@/lib/query/use-resources";

export function AddMethodForm({ apiId, resource, onCreated }: { apiId: string; resource: ResourceJson; onCreated: (httpMethod: string) => void }) {
  const createMethod = useCreateMethod(apiId);
  const taken = new Set(Object.keys(resource.resourceMethods ?? {}));
  const available = HTTP_METHODS.filter((method) => !taken.has(method));
  const [choice, setChoice] = useState<string>("");
  const httpMethod = available.includes(choice as (typeof HTTP_METHODS)[number]) ? choice : (available[0] ?? "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!httpMethod) return;
    createMethod.mutate({ resourceId: resource.id, httpMethod }, { onSuccess: () => onCreated(httpMethod) });
  }

  if (available.length === 0) return <p className="text-zinc-500">Every method is defined on this resource.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <Select aria-label="HTTP method" value={httpMethod} onChange={(event) => setChoice(event.target.value)} className="w-36 font-mono">
          {available.map((method) => (
            <option key={method} value={method}>
              {method}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" pending={createMethod.isPending}>
          Add method
        </Button>
      </div>
      <InlineError message={createMethod.isError ? errorMessage(createMethod.error) : null} />
    </form>
  );
}
