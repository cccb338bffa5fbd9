"use client";

import type { Dispatch, SetStateAction } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { MAX_QUOTA_OFFSET } from "@/lib/domain/usage/quota-period";
import { ApiStagesEditor } from "./api-stages-editor";
import { QUOTA_PERIODS, type DraftProblems, type UsagePlanDraft } from "./usage-plan-draft";

export interface UsagePlanFieldsProps {
  /** Prefix for element ids, so a dialog and a page can hold the fields at once. */
  idPrefix: string;
  draft: UsagePlanDraft;
  setDraft: Dispatch<SetStateAction<UsagePlanDraft>>;
  problems: DraftProblems;
}

const PERIOD_LABEL = { DAY: "Per day", WEEK: "Per week", MONTH: "Per month" } as const;

/** Every setting of a usage plan: name, throttling, quota and API stages; the create dialog and the plan page share it. */
export function UsagePlanFields({ idPrefix, draft, setDraft, problems }: UsagePlanFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<UsagePlanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <div className="flex flex-col gap-5">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Name" htmlFor={id("name")} error={problems.name}>
          <Input id={id("name")} value={draft.name} onChange={(event) => set({ name: event.target.value })} placeholder="Basic" aria-invalid={!!problems.name} />
        </Field>
        <Field label="Description" htmlFor={id("description")} error={problems.description}>
          <Input id={id("description")} value={draft.description} onChange={(event) => set({ description: event.target.value })} />
        </Field>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-xs font-semibold text-zinc-700">Throttling</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={draft.throttleEnabled} onChange={(event) => set({ throttleEnabled: event.target.checked })} className="accent-accent-600" />
          Limit each key&apos;s request rate
        </label>
        {draft.throttleEnabled && (
          <div className="grid grid-cols-2 gap-4">
            <Field label="Rate (requests per second)" htmlFor={id("rate")} error={problems.rateLimit}>
              <Input id={id("rate")} inputMode="decimal" value={draft.rateLimit} onChange={(event) => set({ rateLimit: event.target.value })} aria-invalid={!!problems.rateLimit} />
            </Field>
            <Field label="Burst (requests)" htmlFor={id("burst")} error={problems.burstLimit}>
              <Input id={id("burst")} inputMode="numeric" value={draft.burstLimit} onChange={(event) => set({ burstLimit: event.target.value })} aria-invalid={!!problems.burstLimit} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-xs font-semibold text-zinc-700">Quota</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={draft.quotaEnabled} onChange={(event) => set({ quotaEnabled: event.target.checked })} className="accent-accent-600" />
          Limit each key&apos;s requests per period
        </label>
        {draft.quotaEnabled && (
          <div className="grid grid-cols-3 gap-4">
            <Field label="Requests" htmlFor={id("quota-limit")} error={problems.quotaLimit}>
              <Input id={id("quota-limit")} inputMode="numeric" value={draft.quotaLimit} onChange={(event) => set({ quotaLimit: event.target.value })} aria-invalid={!!problems.quotaLimit} />
            </Field>
            <Field label="Period" htmlFor={id("quota-period")}>
              <Select
                id={id("quota-period")}
                value={draft.quotaPeriod}
                // A DAY quota has no offset, so switching to DAY clears it rather than leaving a value it refuses.
                onChange={(event) => {
                  const quotaPeriod = event.target.value as UsagePlanDraft["quotaPeriod"];
                  set({ quotaPeriod, ...(quotaPeriod === "DAY" && { quotaOffset: "0" }) });
                }}
              >
                {QUOTA_PERIODS.map((period) => (
                  <option key={period} value={period}>
                    {PERIOD_LABEL[period]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label="Offset (days)"
              htmlFor={id("quota-offset")}
              error={problems.quotaOffset}
              hint={draft.quotaPeriod === "DAY" ? "Days start at 00:00 UTC." : `The day the period starts on, 0-${MAX_QUOTA_OFFSET[draft.quotaPeriod]}${draft.quotaPeriod === "WEEK" ? " (0 is Sunday)" : ""}.`}
            >
              <Input id={id("quota-offset")} inputMode="numeric" value={draft.quotaOffset} disabled={draft.quotaPeriod === "DAY"} onChange={(event) => set({ quotaOffset: event.target.value })} aria-invalid={!!problems.quotaOffset} />
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-xs font-semibold text-zinc-700">API stages</legend>
        <ApiStagesEditor stages={draft.stages} onChange={(stages) => set({ stages })} problems={problems} />
      </fieldset>
      <InlineError message={problems.form} />
    </div>
  );
}
