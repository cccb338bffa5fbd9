"use client";

import { FilterSelect } from "@/components/charts/filter-select";
import { apiKeyOptions, MetricFilters } from "@/components/charts/metric-filters";
import { methodOptions, type MethodFilter } from "@/components/charts/metric-format";
import type { TopRowJson } from "@/lib/query/metrics";
import { useApiKeys } from "@/lib/query/use-api-keys";
import { useResources } from "@/lib/query/use-resources";

export interface ApiDashboardFiltersProps {
  apiId: string;
  stages: string[];
  stage: string;
  onStage: (stage: string) => void;
  /** Methods in the current answer's top table, which may include ones since removed from the design. */
  seen: TopRowJson[];
  method?: MethodFilter;
  onMethod: (method: MethodFilter | undefined) => void;
  apiKeyId: string;
  onApiKey: (apiKeyId: string) => void;
}

/** The API dashboard's filters: one stage or all, resource and method (from the API's design), API key. */
export function ApiDashboardFilters({ apiId, stages, stage, onStage, seen, method, onMethod, apiKeyId, onApiKey }: ApiDashboardFiltersProps) {
  const resources = useResources(apiId);
  const keys = useApiKeys();
  const designed = (resources.data ?? []).flatMap((resource) =>
    Object.keys(resource.resourceMethods ?? {}).map((httpMethod) => ({ resourcePath: resource.path, httpMethod })),
  );
  const stageOptions = stages.map((name) => ({ value: name, label: name }));
  if (stage && !stages.includes(stage)) stageOptions.push({ value: stage, label: stage });
  return (
    <MetricFilters
      leading={<FilterSelect id="metrics-stage" label="Stage" allLabel="All stages" value={stage} options={stageOptions} onChange={onStage} />}
      methods={methodOptions(designed, seen, [method])}
      method={method}
      onMethod={onMethod}
      apiKeys={apiKeyOptions(keys.data ?? [], apiKeyId)}
      apiKeyId={apiKeyId}
      onApiKey={onApiKey}
      onClear={
        stage || method || apiKeyId
          ? () => {
              onStage("");
              onMethod(undefined);
              onApiKey("");
            }
          : undefined
      }
    />
  );
}
