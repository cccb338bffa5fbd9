"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { Field, Input, Textarea } from "@/components/ui/field";
import { LoadingState } from "@/components/ui/spinner";
import { ErrorState, InlineError } from "@/components/ui/states";
import { ACCESS_LOG_PRESETS, type AccessLogPreset } from "@/lib/domain/observability/access-log";
import { LOG_RETENTION_LIMITS } from "@/lib/domain/stage-settings";
import { errorMessage } from "@/lib/query/fetch-json";
import { useStageLogging, useUpdateStageLogging } from "@/lib/query/stage-logging";
import type { StageLogging } from "@/lib/schemas/stage.schema";
import { readLoggingDraft, sameLoggingDraft, sampleAccessLogLine, toLoggingDraft, type LoggingDraft } from "./logging-draft";

const PRESETS = Object.keys(ACCESS_LOG_PRESETS) as AccessLogPreset[];
const count = (n: number) => n.toLocaleString("en-US");

export interface LoggingPanelProps {
  apiId: string;
  stageName: string;
}

/** The stage's access log (AWS's accessLogSettings: format and destination) and how long its request logs are kept. */
export function LoggingPanel({ apiId, stageName }: LoggingPanelProps) {
  const logging = useStageLogging(apiId, stageName);
  // Held here so "Saved." survives the form's remount with the saved settings.
  const update = useUpdateStageLogging(apiId, stageName);
  const on = logging.data?.accessLogSettings != null;

  return (
    // Named for assistive tech and tests: Card's own <section> carries no accessible name.
    <div role="region" aria-label="Logging">
      <Card
        title="Logging"
        description="An access log line for every request of the stage, and how long its request logs are kept."
        actions={logging.data && <Badge tone={on ? "green" : "neutral"}>{on ? "ACCESS LOG ON" : "ACCESS LOG OFF"}</Badge>}
      >
        {logging.isPending ? (
          <LoadingState label="Loading logging settings…" />
        ) : logging.isError ? (
          <ErrorState error={logging.error} onRetry={() => logging.refetch()} />
        ) : (
          <LoggingForm key={JSON.stringify(logging.data)} apiId={apiId} stageName={stageName} saved={logging.data} update={update} />
        )}
      </Card>
    </div>
  );
}

interface LoggingFormProps extends LoggingPanelProps {
  saved: StageLogging;
  update: ReturnType<typeof useUpdateStageLogging>;
}

function LoggingForm({ apiId, stageName, saved, update }: LoggingFormProps) {
  const initial = toLoggingDraft(saved);
  const [draft, setDraft] = useState<LoggingDraft>(initial);
  const checked = readLoggingDraft(draft);
  const errors = checked.ok ? {} : checked.errors;
  const changed = !sameLoggingDraft(draft, initial);
  const sample = draft.accessLogging ? sampleAccessLogLine(draft.format, apiId, stageName) : null;
  const set = (patch: Partial<LoggingDraft>) => {
    update.reset();
    setDraft((current) => ({ ...current, ...patch }));
  };

  return (
    <div className="flex flex-col gap-4">
      <label htmlFor="access-log-enabled" className="flex items-center gap-2 text-xs font-medium text-zinc-700">
        <input
          id="access-log-enabled"
          type="checkbox"
          checked={draft.accessLogging}
          onChange={(event) => set({ accessLogging: event.target.checked, format: draft.format || ACCESS_LOG_PRESETS.CLF })}
          className="accent-accent-600"
        />
        Write an access log line for every request
      </label>
      {draft.accessLogging && (
        <>
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Presets">
            <span className="text-xs text-zinc-500">Start from:</span>
            {PRESETS.map((preset) => (
              <Button key={preset} variant="secondary" size="sm" aria-pressed={draft.format === ACCESS_LOG_PRESETS[preset]} onClick={() => set({ format: ACCESS_LOG_PRESETS[preset] })}>
                {preset}
              </Button>
            ))}
          </div>
          {/* A textarea rather than the code editor: the format is one long line, and wrapping shows all of it. */}
          <Field label="Log format" htmlFor="access-log-format" error={errors.format} hint="One line of $context variables; it must include $context.requestId or $context.extendedRequestId.">
            <Textarea
              id="access-log-format"
              value={draft.format}
              rows={4}
              spellCheck={false}
              aria-invalid={errors.format ? true : undefined}
              aria-describedby={errors.format ? "access-log-format-error" : undefined}
              onChange={(event) => set({ format: event.target.value })}
              // Enter would break the single line AWS requires; a pasted line break is reported instead.
              onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
              className="text-xs"
            />
          </Field>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium text-zinc-700">Sample line</span>
            <pre data-testid="access-log-sample" className="overflow-x-auto rounded-md bg-zinc-50 px-3 py-2 font-mono text-xs whitespace-pre-wrap break-all text-zinc-700">
              {sample ?? "Fix the format to see a sample line."}
            </pre>
          </div>
          <Field
            label="Destination ARN (optional)"
            htmlFor="access-log-destination"
            error={errors.destinationArn}
            hint="A CloudWatch Logs log group or an amazon-apigateway- Firehose stream, kept for tools that set one. Portico stores the lines with the stage's logs either way."
          >
            <Input
              id="access-log-destination"
              value={draft.destinationArn}
              placeholder="arn:aws:logs:us-east-1:123456789012:log-group:access-logs"
              aria-invalid={errors.destinationArn ? true : undefined}
              onChange={(event) => set({ destinationArn: event.target.value })}
              className="font-mono text-xs"
            />
          </Field>
        </>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Keep logs for (days)" htmlFor="log-retention-days" error={errors.days} hint={`${LOG_RETENTION_LIMITS.minDays} to ${count(LOG_RETENTION_LIMITS.maxDays)} days.`}>
          <Input id="log-retention-days" inputMode="numeric" value={draft.days} aria-invalid={errors.days ? true : undefined} onChange={(event) => set({ days: event.target.value })} />
        </Field>
        <Field label="Keep at most (rows)" htmlFor="log-retention-rows" error={errors.maxRows} hint={`${count(LOG_RETENTION_LIMITS.minRows)} to ${count(LOG_RETENTION_LIMITS.maxRows)}; the oldest go first.`}>
          <Input id="log-retention-rows" inputMode="numeric" value={draft.maxRows} aria-invalid={errors.maxRows ? true : undefined} onChange={(event) => set({ maxRows: event.target.value })} />
        </Field>
      </div>
      <p className="text-xs text-zinc-500">
        Execution logs (level and full request and response data) are set for the stage and per method in{" "}
        <a href="#method-defaults-heading" className="text-accent-700 underline hover:text-accent-800">Method settings</a>.
      </p>
      <InlineError message={update.isError ? errorMessage(update.error) : null} />
      <div className="flex items-center justify-end gap-2">
        {update.isSuccess && !changed && <span role="status" className="mr-auto text-xs text-emerald-700">Saved.</span>}
        <Button variant="secondary" disabled={!changed} onClick={() => set(initial)}>
          Reset
        </Button>
        <Button disabled={!changed || !checked.ok} pending={update.isPending} onClick={() => checked.ok && update.mutate(checked.logging)}>
          Save logging settings
        </Button>
      </div>
    </div>
  );
}
