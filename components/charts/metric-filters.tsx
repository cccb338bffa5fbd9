"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FilterSelect, type FilterOption } from "./filter-select";
import { methodValue, parseMethodValue, type MethodFilter } from "./metric-format";

export interface MetricFiltersProps {
  /** Filters that come first: the stage's canary side, or the API dashboard's stage. */
  leading?: ReactNode;
  methods: FilterOption[];
  method?: MethodFilter;
  onMethod: (method: MethodFilter | undefined) => void;
  apiKeys: FilterOption[];
  apiKeyId: string;
  onApiKey: (apiKeyId: string) => void;
  /** Shown as "Clear filters" while any filter is set. */
  onClear?: () => void;
}

/** The dashboards' filter row: resource and method, API key, and whatever the page puts first. */
export function MetricFilters({ leading, methods, method, onMethod, apiKeys, apiKeyId, onApiKey, onClear }: MetricFiltersProps) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      {leading}
      <FilterSelect
        id="metrics-method"
        label="Resource and method"
        allLabel="All methods"
        value={method ? methodValue(method) : ""}
        options={methods}
        onChange={(value) => onMethod(parseMethodValue(value))}
      />
      <FilterSelect id="metrics-api-key" label="API key" allLabel="Any or no key" value={apiKeyId} options={apiKeys} onChange={onApiKey} />
      {onClear && (
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}

/** The account's API keys as options; a filter naming a key that is gone still shows (by id). */
export function apiKeyOptions(keys: { id: string; name: string }[], selected: string): FilterOption[] {
  const options = keys.map((key) => ({ value: key.id, label: `${key.name} (${key.id})` }));
  if (selected && !options.some((option) => option.value === selected)) options.push({ value: selected, label: selected });
  return options;
}
