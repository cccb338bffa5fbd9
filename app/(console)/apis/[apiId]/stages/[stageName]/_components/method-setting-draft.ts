/**
 * A method setting as the form edits it (numbers as typed) and the check before save: the same zod schema the
 * route applies, plus a readable message for a number field left empty or not a number.
 */
import type { MethodSetting } from "@/lib/domain/stage-settings";
import { fieldErrors } from "@/components/ui/field-errors";
import { methodSettingPatchSchema } from "@/lib/schemas/stage.schema";

const NUMBER_FIELDS = ["throttlingRateLimit", "throttlingBurstLimit", "cacheTtlInSeconds"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

export type MethodSettingDraft = Omit<MethodSetting, NumberField> & Record<NumberField, string>;
export type MethodSettingErrors = Partial<Record<keyof MethodSetting, string>>;

export function toDraft(setting: MethodSetting): MethodSettingDraft {
  return {
    ...setting,
    throttlingRateLimit: String(setting.throttlingRateLimit),
    throttlingBurstLimit: String(setting.throttlingBurstLimit),
    cacheTtlInSeconds: String(setting.cacheTtlInSeconds),
  };
}

/** The setting to save, or the message per field that stops it. */
export function readDraft(draft: MethodSettingDraft): { ok: true; setting: MethodSetting } | { ok: false; errors: MethodSettingErrors } {
  const errors: MethodSettingErrors = {};
  const numbers: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) {
    const text = draft[field].trim();
    const value = Number(text);
    if (text === "" || !Number.isFinite(value)) errors[field] = "Enter a number.";
    else numbers[field] = value;
  }
  const parsed = methodSettingPatchSchema.required().safeParse({ ...draft, ...numbers });
  // Our own number messages win over zod's for the same field.
  const all = { ...(parsed.success ? {} : fieldErrors<keyof MethodSetting>(parsed.error.issues)), ...errors };
  if (!parsed.success || Object.keys(all).length > 0) return { ok: false, errors: all };
  return { ok: true, setting: parsed.data };
}

/** One line that says what a setting does, for the overrides table. */
export function describeSetting(setting: MethodSetting): string {
  const parts = [`${setting.throttlingRateLimit} rps, burst ${setting.throttlingBurstLimit}`];
  parts.push(setting.cachingEnabled ? `cache ${setting.cacheTtlInSeconds}s` : "no cache");
  parts.push(`logs ${setting.loggingLevel}`);
  if (setting.metricsEnabled) parts.push("metrics");
  return parts.join(" · ");
}
