"use client";

import { FilterSelect, type FilterOption } from "@/components/charts/filter-select";
import { apiKeyOptions, MetricFilters } from "@/components/charts/metric-filters";
import { methodOptions, type MethodFilter } from "@/components/charts/metric-format";
import type { TopRowJson } from "@/lib/query/metrics";
import { useApiKeys } from "@/lib/query/use-api-keys";
import { useDeployedMethods } from "@/lib/query/use-stages";

export type CanarySide = "" | "base" | "canary";

export interface StageDashboardFilters {
  side: CanarySide;
  method?: MethodFilter;
  apiKeyId: string;
}

export const NO_FILTERS: StageDashboardFilters = { side: "", method: undefined, apiKeyId: "" };

export interface DashboardFiltersProps {
  apiId: string;
  deploymentId: string;
  /** The canary's deployment, when the stage has one. */
  canaryDeploymentId?: string;
  /** Methods in the current answer's top table, which may include ones an older deployment served. */
  seen: TopRowJson[];
  filters: StageDashboardFilters;
  onChange: (filters: StageDashboardFilters) => void;
}

const SIDES: FilterOption[] = [
  { value: "base", label: "Base deployment" },
  { value: "canary", label: "Canary" },
];

/** The stage dashboard's filters: canary side (when the stage has a canary), resource and method, API key. */
export function DashboardFilters({ apiId, deploymentId, canaryDeploymentId, seen, filters, onChange }: DashboardFiltersProps) {
  const base = useDeployedMethods(apiId, deploymentId);
  // Without a canary this names the base deployment again, which TanStack answers from the same query.
  const canary = useDeployedMethods(apiId, canaryDeploymentId ?? deploymentId);
  const keys = useApiKeys();
  const filtered = filters.side !== "" || filters.method !== undefined || filters.apiKeyId !== "";
  return (
    <MetricFilters
      leading={
        canaryDeploymentId && (
          <FilterSelect
            id="metrics-canary"
            label="Deployment"
            allLabel="Base and canary"
            value={filters.side}
            options={SIDES}
            onChange={(value) => onChange({ ...filters, side: value === "base" || value === "canary" ? value : "" })}
          />
        )
      }
      methods={methodOptions(base.data ?? [], canary.data ?? [], seen, [filters.method])}
      method={filters.method}
      onMethod={(method) => onChange({ ...filters, method })}
      apiKeys={apiKeyOptions(keys.data ?? [], filters.apiKeyId)}
      apiKeyId={filters.apiKeyId}
      onApiKey={(apiKeyId) => onChange({ ...filters, apiKeyId })}
      onClear={filtered ? () => onChange(NO_FILTERS) : undefined}
    />
  );
}
