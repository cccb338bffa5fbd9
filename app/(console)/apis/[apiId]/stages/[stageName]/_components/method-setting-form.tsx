"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { InlineError } from "@/components/ui/states";
import { LOGGING_LEVELS, UNAUTHORIZED_CACHE_CONTROL_STRATEGIES, type MethodSetting } from "@/lib/domain/stage-settings";
import { readDraft, toDraft, type MethodSettingDraft } from "./method-setting-draft";

export interface MethodSettingFormProps {
  /** Keeps ids unique when two forms are on the page (the defaults and an override dialog). */
  idPrefix: string;
  initial: MethodSetting;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSave: (setting: MethodSetting) => void;
  /** Buttons beside Save (Cancel in a dialog, Reset on the page). */
  actions?: ReactNode;
  saved?: boolean;
}

const STRATEGY_LABELS: Record<(typeof UNAUTHORIZED_CACHE_CONTROL_STRATEGIES)[number], string> = {
  FAIL_WITH_403: "Fail the request with 403",
  SUCCEED_WITH_RESPONSE_HEADER: "Ignore the header, add a warning header",
  SUCCEED_WITHOUT_RESPONSE_HEADER: "Ignore the header silently",
};

function Checkbox({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="flex items-center gap-2 text-xs font-medium text-zinc-700">
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="accent-accent-600" />
        {label}
      </label>
      {hint && <p className="pl-5 text-xs text-zinc-500">{hint}</p>}
    </div>
  );
}

/** AWS's MethodSetting fields: throttling, caching, cache invalidation rules, logging and metrics. Checked as typed. */
export function MethodSettingForm({ idPrefix, initial, submitLabel, pending, error, onSave, actions, saved }: MethodSettingFormProps) {
  const [draft, setDraft] = useState<MethodSettingDraft>(() => toDraft(initial));
  const [dirty, setDirty] = useState(false);
  const checked = readDraft(draft);
  const errors = checked.ok ? {} : checked.errors;
  const id = (field: string) => `${idPrefix}-${field}`;
  const set = <K extends keyof MethodSettingDraft>(field: K, value: MethodSettingDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
  };
  const numberInput = (field: "throttlingRateLimit" | "throttlingBurstLimit" | "cacheTtlInSeconds") => (
    <Input
      id={id(field)}
      inputMode="decimal"
      value={draft[field]}
      onChange={(event) => set(field, event.target.value)}
      aria-invalid={!!errors[field]}
      aria-describedby={errors[field] ? `${id(field)}-error` : undefined}
    />
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checked.ok) return;
    setDirty(false);
    onSave(checked.setting);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label={submitLabel}>
      <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Throttling</legend>
        <Field label="Rate limit (requests per second)" htmlFor={id("throttlingRateLimit")} error={errors.throttlingRateLimit}>
          {numberInput("throttlingRateLimit")}
        </Field>
        <Field label="Burst limit (requests)" htmlFor={id("throttlingBurstLimit")} error={errors.throttlingBurstLimit}>
          {numberInput("throttlingBurstLimit")}
        </Field>
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Caching</legend>
        <div className="flex flex-col gap-2">
          <Checkbox id={id("cachingEnabled")} label="Enable method cache" checked={draft.cachingEnabled} onChange={(v) => set("cachingEnabled", v)} hint="Needs the stage's cache cluster; a */* entry caches GET only." />
          <Checkbox id={id("cacheDataEncrypted")} label="Encrypt cache data" checked={draft.cacheDataEncrypted} onChange={(v) => set("cacheDataEncrypted", v)} />
          <Checkbox
            id={id("requireAuthorizationForCacheControl")}
            label="Require authorization to invalidate"
            checked={draft.requireAuthorizationForCacheControl}
            onChange={(v) => set("requireAuthorizationForCacheControl", v)}
            hint="Callers sending Cache-Control: max-age=0 need execute-api:InvalidateCache."
          />
        </div>
        <div className="flex flex-col gap-3">
          <Field label="Cache TTL (seconds)" htmlFor={id("cacheTtlInSeconds")} error={errors.cacheTtlInSeconds} hint="0 to 3600; AWS's default is 300.">
            {numberInput("cacheTtlInSeconds")}
          </Field>
          <Field label="Unauthorized invalidation requests" htmlFor={id("unauthorizedCacheControlHeaderStrategy")} error={errors.unauthorizedCacheControlHeaderStrategy}>
            <Select
              id={id("unauthorizedCacheControlHeaderStrategy")}
              value={draft.unauthorizedCacheControlHeaderStrategy}
              disabled={!draft.requireAuthorizationForCacheControl}
              onChange={(event) => set("unauthorizedCacheControlHeaderStrategy", event.target.value as MethodSetting["unauthorizedCacheControlHeaderStrategy"])}
            >
              {UNAUTHORIZED_CACHE_CONTROL_STRATEGIES.map((s) => <option key={s} value={s}>{STRATEGY_LABELS[s]}</option>)}
            </Select>
          </Field>
        </div>
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">Logs and metrics</legend>
        <Field label="Execution log level" htmlFor={id("loggingLevel")}>
          <Select id={id("loggingLevel")} value={draft.loggingLevel} onChange={(event) => set("loggingLevel", event.target.value as MethodSetting["loggingLevel"])}>
            {LOGGING_LEVELS.map((level) => <option key={level} value={level}>{level}</option>)}
          </Select>
        </Field>
        <div className="flex flex-col gap-2 sm:pt-5">
          <Checkbox id={id("metricsEnabled")} label="Detailed metrics" checked={draft.metricsEnabled} onChange={(v) => set("metricsEnabled", v)} />
          <Checkbox id={id("dataTraceEnabled")} label="Log full requests and responses" checked={draft.dataTraceEnabled} onChange={(v) => set("dataTraceEnabled", v)} />
        </div>
      </fieldset>
      <InlineError message={error} />
      <div className="flex items-center justify-end gap-2">
        {saved && !dirty && <span role="status" className="mr-auto text-xs text-emerald-700">Saved.</span>}
        {actions}
        <Button type="submit" pending={pending} disabled={!checked.ok}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
