"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { MethodJson, ResourceJson } from "@/lib/query/types";
import { HttpProxyForm } from "./http-proxy-form";
import { MockIntegrationForm } from "./mock-integration-form";

type IntegrationChoice = "MOCK" | "HTTP_PROXY";

const CHOICES: { value: IntegrationChoice; label: string; hint: string }[] = [
  { value: "MOCK", label: "Mock", hint: "Answer from the gateway with a fixed status and body." },
  { value: "HTTP_PROXY", label: "HTTP proxy", hint: "Pass the request through to an HTTP backend." },
];

export function MethodPanel({ apiId, resource, method }: { apiId: string; resource: ResourceJson; method: MethodJson }) {
  const current = method.methodIntegration?.type;
  const [choice, setChoice] = useState<IntegrationChoice>(current === "HTTP_PROXY" ? "HTTP_PROXY" : "MOCK");

  return (
    <Card
      title={
        <span className="font-mono" data-testid="method-panel-title">
          {method.httpMethod} {resource.path}
        </span>
      }
      description={current ? `Integration: ${current}` : "No integration yet: choose one and save."}
    >
      <fieldset className="mb-5">
        <legend className="mb-2 text-xs font-medium text-zinc-700">Integration type</legend>
        <div className="grid grid-cols-2 gap-3">
          {CHOICES.map((option) => (
            <label
              key={option.value}
              className={cn(
                "flex cursor-pointer flex-col gap-0.5 rounded-md border px-3 py-2",
                choice === option.value ? "border-accent-500 bg-accent-50/60 ring-1 ring-accent-500" : "border-zinc-200 hover:border-zinc-300",
              )}
            >
              <span className="flex items-center gap-2 font-medium">
                <input
                  type="radio"
                  name="integration-type"
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                  className="accent-accent-600"
                />
                {option.label}
              </span>
              <span className="pl-5 text-xs text-zinc-500">{option.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {choice === "MOCK" ? (
        <MockIntegrationForm apiId={apiId} resourceId={resource.id} method={method} />
      ) : (
        <HttpProxyForm apiId={apiId} resourceId={resource.id} method={method} />
      )}
    </Card>
  );
}
