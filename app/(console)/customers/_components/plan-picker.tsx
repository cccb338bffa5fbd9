"use client";

import { Field, Select } from "@/components/ui/field";
import { useUsagePlans } from "@/lib/query/use-usage-plans";
import { quotaSummary } from "../../usage-plans/_components/plan-format";

export interface PlanPickerProps {
  id: string;
  label?: string;
  /** "" for no plan. */
  value: string;
  onChange: (planId: string) => void;
  hint?: string;
}

/** Chooses the usage plan a key belongs to; the list of plans loads with the picker. */
export function PlanPicker({ id, label = "Usage plan", value, onChange, hint }: PlanPickerProps) {
  const plans = useUsagePlans();
  return (
    <Field label={label} htmlFor={id} hint={plans.isError ? `Plans could not be loaded: ${plans.error.message}` : hint}>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} disabled={plans.isPending}>
        <option value="">{plans.isPending ? "Loading plans…" : "No usage plan"}</option>
        {plans.data?.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.name} — {quotaSummary(plan.quota)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
