"use client";

import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { fieldErrors } from "@/components/ui/field-errors";
import { GATEWAY_RESPONSE_TYPES } from "@/lib/domain/gateway-responses";
import { logFiltersSchema } from "@/lib/schemas/log-filters.schema";
import {
  DEFAULT_RANGE,
  fromLocalInput,
  isCustomRange,
  LOG_METHODS,
  RANGE_LABELS,
  STATUS_CLASSES,
  TIME_RANGES,
  toLocalInput,
  type LogFilters,
  type TimeRange,
} from "./logs-filters";

export interface LogsFilterBarProps {
  filters: LogFilters;
  stageName: string;
  onChange: (filters: LogFilters) => void;
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Reads the form as filters. A custom range without either bound falls back to the preset it replaced. */
function readForm(form: FormData, previous: LogFilters): LogFilters {
  const since = text(form, "since");
  const custom = since === "custom";
  const canary = text(form, "canary");
  return {
    since: since && Object.hasOwn(TIME_RANGES, since) ? (since as TimeRange) : previous.since,
    from: custom ? fromLocalInput(text(form, "from") ?? "") : undefined,
    to: custom ? fromLocalInput(text(form, "to") ?? "") : undefined,
    status: text(form, "status"),
    method: text(form, "method"),
    resourcePath: text(form, "resourcePath"),
    path: text(form, "path"),
    requestId: text(form, "requestId"),
    apiKeyId: text(form, "apiKeyId"),
    canary: canary === "true" || canary === "false" ? canary : undefined,
    errorType: text(form, "errorType"),
  };
}

/**
 * The explorer's filters. Choosing from a list applies at once; typed filters apply with Enter or Apply.
 * Uncontrolled: the parent remounts it (key) whenever the URL's filters change, so it always starts from them.
 */
export function LogsFilterBar({ filters, stageName, onChange }: LogsFilterBarProps) {
  const form = useRef<HTMLFormElement>(null);
  const [custom, setCustom] = useState(isCustomRange(filters));
  const submitNow = () => form.current?.requestSubmit();
  const statusIsCode = filters.status !== undefined && !(STATUS_CLASSES as readonly string[]).includes(filters.status);

  const [errors, setErrors] = useState<Partial<Record<keyof LogFilters, string>>>({});
  const error = (key: keyof LogFilters) => errors[key] && errors[key].charAt(0).toUpperCase() + errors[key].slice(1);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = readForm(new FormData(event.currentTarget), filters);
    // The logs API's own schema: what it would refuse is shown beside the field instead of as a failed search.
    const { since: _since, ...query } = next;
    const checked = logFiltersSchema.safeParse(query);
    if (!checked.success) {
      setErrors(fieldErrors<keyof LogFilters>(checked.error.issues));
      return;
    }
    setErrors({});
    onChange(next);
  }

  return (
    <form ref={form} aria-label="Log filters" onSubmit={submit} className="flex flex-wrap items-end gap-3">
      <Field label="Period" htmlFor="logs-since" className="w-40">
        <Select
          id="logs-since"
          name="since"
          defaultValue={custom ? "custom" : filters.since}
          onChange={(event) => {
            const isCustom = event.target.value === "custom";
            setCustom(isCustom);
            // A custom range waits for its dates; a preset applies at once.
            if (!isCustom) submitNow();
          }}
        >
          {(Object.keys(TIME_RANGES) as TimeRange[]).map((range) => (
            <option key={range} value={range}>
              {RANGE_LABELS[range]}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </Select>
      </Field>
      {custom && (
        <>
          <Field label="From" error={error("from")} htmlFor="logs-from" className="w-52">
            <Input id="logs-from" name="from" aria-invalid={Boolean(errors.from)} type="datetime-local" defaultValue={toLocalInput(filters.from)} />
          </Field>
          <Field label="To (empty: now)" error={error("to")} htmlFor="logs-to" className="w-52">
            <Input id="logs-to" name="to" aria-invalid={Boolean(errors.to)} type="datetime-local" defaultValue={toLocalInput(filters.to)} />
          </Field>
        </>
      )}
      <Field label="Status" htmlFor="logs-status" className="w-28">
        <Select id="logs-status" name="status" defaultValue={filters.status ?? ""} onChange={submitNow}>
          <option value="">Any</option>
          {STATUS_CLASSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
          {statusIsCode && <option value={filters.status}>{filters.status}</option>}
        </Select>
      </Field>
      <Field label="Method" htmlFor="logs-method" className="w-28">
        <Select id="logs-method" name="method" defaultValue={filters.method ?? ""} onChange={submitNow}>
          <option value="">Any</option>
          {LOG_METHODS.map((method) => (
            <option key={method} value={method}>
              {method}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Resource path" error={error("resourcePath")} htmlFor="logs-resource" className="w-40">
        <Input id="logs-resource" name="resourcePath" aria-invalid={Boolean(errors.resourcePath)} defaultValue={filters.resourcePath} placeholder="/pets/{id}" className="font-mono text-xs" />
      </Field>
      <Field label="Path prefix" error={error("path")} htmlFor="logs-path" className="w-40">
        <Input id="logs-path" name="path" aria-invalid={Boolean(errors.path)} defaultValue={filters.path} placeholder={`/${stageName}/pets`} className="font-mono text-xs" />
      </Field>
      <Field label="Request id" error={error("requestId")} htmlFor="logs-request-id" className="w-56">
        <Input id="logs-request-id" name="requestId" aria-invalid={Boolean(errors.requestId)} defaultValue={filters.requestId} placeholder="request, extended or trace id" className="font-mono text-xs" />
      </Field>
      <Field label="Key id" error={error("apiKeyId")} htmlFor="logs-api-key" className="w-36">
        <Input id="logs-api-key" name="apiKeyId" aria-invalid={Boolean(errors.apiKeyId)} defaultValue={filters.apiKeyId} placeholder="API key id" className="font-mono text-xs" />
      </Field>
      <Field label="Error type" htmlFor="logs-error-type" className="w-56">
        <Select id="logs-error-type" name="errorType" defaultValue={filters.errorType ?? ""} onChange={submitNow} className="font-mono text-xs">
          <option value="">Any</option>
          {GATEWAY_RESPONSE_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Canary" htmlFor="logs-canary" className="w-44">
        <Select id="logs-canary" name="canary" defaultValue={filters.canary ?? ""} onChange={submitNow}>
          <option value="">Base and canary</option>
          <option value="true">Canary only</option>
          <option value="false">Base only</option>
        </Select>
      </Field>
      <div className="flex gap-2 pb-px">
        <Button type="submit" size="md">
          Apply
        </Button>
        <Button type="button" variant="ghost" onClick={() => {
            setErrors({});
            onChange({ since: DEFAULT_RANGE });
          }}>
          Clear
        </Button>
      </div>
    </form>
  );
}
