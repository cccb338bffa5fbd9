"use client";

import { useMemo } from "react";
import { Badge, Card } from "@/components/ui/card";
import type { MethodJson, ResourceJson } from "@/lib/query/types";
import { useModels } from "@/lib/query/use-models";
import { useStages } from "@/lib/query/use-stages";
import type { Place } from "./method/aws-uris";
import { FlowDiagram } from "./method/flow-diagram";
import { IntegrationRequestBox } from "./method/integration-request-box";
import { IntegrationResponsesBox } from "./method/integration-responses-box";
import { MethodRequestBox } from "./method/method-request-box";
import { MethodResponsesBox } from "./method/method-responses-box";

export interface MethodPanelProps {
  apiId: string;
  resource: ResourceJson;
  method: MethodJson;
  place: Place;
}

/** A method as AWS's method execution: four boxes in the order a request flows, each edited in place. */
export function MethodPanel({ apiId, resource, method, place }: MethodPanelProps) {
  const models = useModels(apiId);
  const stages = useStages(apiId);
  // Completions offer the stage variables any stage of the API defines.
  const stageVariables = useMemo(() => [...new Set((stages.data ?? []).flatMap((stage) => Object.keys(stage.variables)))].sort(), [stages.data]);
  const velocity = useMemo(() => ({ stageVariables }), [stageVariables]);
  const modelList = models.data ?? [];

  return (
    <div className="flex flex-col gap-4">
      <Card
        title={
          <span className="font-mono" data-testid="method-panel-title">
            {method.httpMethod} {resource.path}
          </span>
        }
        description={method.methodIntegration ? `Integration: ${method.methodIntegration.type}` : "No integration yet: choose one and save."}
        actions={models.isError ? <Badge tone="red">models could not be loaded</Badge> : undefined}
      >
        <FlowDiagram method={method} />
      </Card>
      <MethodRequestBox apiId={apiId} resource={resource} method={method} models={modelList} />
      <IntegrationRequestBox apiId={apiId} resource={resource} method={method} place={place} velocity={velocity} />
      <IntegrationResponsesBox apiId={apiId} resource={resource} method={method} velocity={velocity} />
      <MethodResponsesBox apiId={apiId} resource={resource} method={method} models={modelList} />
    </div>
  );
}
