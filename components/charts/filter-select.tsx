"use client";

import { Select } from "@/components/ui/field";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSelectProps {
  id: string;
  label: string;
  value: string;
  /** The first option, meaning "no filter" (value ""). */
  allLabel: string;
  options: FilterOption[];
  onChange: (value: string) => void;
}

/** One dashboard filter: a labelled select whose empty value means everything. */
export function FilterSelect({ id, label, value, allLabel, options, onChange }: FilterSelectProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-700">
        {label}
      </label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} className="h-8 min-w-40 py-1 text-xs">
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
