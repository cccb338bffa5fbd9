/** The canary form as typed (percent as text, overrides as rows) and the check before save. */
import { duplicateNameProblem, keyValueRecord, type KeyValueRow } from "@/components/ui/key-value-editor";
import { percentTrafficSchema, stageVariableNameSchema, stageVariableValueSchema } from "@/lib/schemas/stage.schema";

export interface CanaryDraft {
  percentTraffic: string;
  deploymentId: string;
  useStageCache: boolean;
  overrides: KeyValueRow[];
}

export interface CanaryValues {
  percentTraffic: number;
  deploymentId: string;
  useStageCache: boolean;
  stageVariableOverrides: Record<string, string>;
}

export interface CanaryProblems {
  percentTraffic?: string;
  /** One per override row, null where the row is fine. */
  overrides: (string | null)[];
}

function overrideProblem(row: KeyValueRow, rows: KeyValueRow[]): string | null {
  const name = stageVariableNameSchema.safeParse(row.value.name);
  if (!name.success) return name.error.issues[0]?.message ?? "Check the name.";
  const value = stageVariableValueSchema.safeParse(row.value.value);
  if (!value.success) return value.error.issues[0]?.message ?? "Check the value.";
  return duplicateNameProblem(row, rows);
}

export function readCanaryDraft(draft: CanaryDraft): { ok: true; values: CanaryValues } | { ok: false; problems: CanaryProblems } {
  const text = draft.percentTraffic.trim();
  const percent = percentTrafficSchema.safeParse(text === "" ? Number.NaN : Number(text));
  const problems: CanaryProblems = {
    ...(percent.success ? {} : { percentTraffic: Number.isFinite(Number(text)) && text !== "" ? percent.error.issues[0]?.message : "Enter a number between 0 and 100." }),
    overrides: draft.overrides.map((row) => overrideProblem(row, draft.overrides)),
  };
  if (!percent.success || problems.overrides.some(Boolean)) return { ok: false, problems };
  return {
    ok: true,
    values: { percentTraffic: percent.data, deploymentId: draft.deploymentId, useStageCache: draft.useStageCache, stageVariableOverrides: keyValueRecord(draft.overrides) },
  };
}
