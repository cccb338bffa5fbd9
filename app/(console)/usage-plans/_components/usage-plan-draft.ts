import { newRow, rows, type Row } from "@/components/ui/rows";
import { MAX_QUOTA_OFFSET } from "@/lib/domain/usage/quota-period";
import { createUsagePlanSchema } from "@/lib/schemas/usage-plan.schema";
import type { QuotaPeriodJson, ThrottleJson, UsagePlanInputJson, UsagePlanJson } from "@/lib/query/types";

/** One per-method limit inside an API stage, keyed as AWS writes it: "/{resource path}/{METHOD}". */
export interface MethodThrottleDraft {
  method: string;
  rateLimit: string;
  burstLimit: string;
}

export interface ApiStageDraft {
  apiId: string;
  stage: string;
  methods: Row<MethodThrottleDraft>[];
}

/** The usage plan form: numbers stay text while typed, so a half-typed "1." is not lost. */
export interface UsagePlanDraft {
  name: string;
  description: string;
  throttleEnabled: boolean;
  rateLimit: string;
  burstLimit: string;
  quotaEnabled: boolean;
  quotaLimit: string;
  quotaPeriod: QuotaPeriodJson;
  quotaOffset: string;
  stages: Row<ApiStageDraft>[];
}

export type DraftProblems = Record<string, string>;

export const QUOTA_PERIODS: QuotaPeriodJson[] = ["DAY", "WEEK", "MONTH"];


/** The throttle key of one method, as AWS's usage plan API stages write it ("/pets/GET"). */
export const methodThrottleKey = (resourcePath: string, httpMethod: string): string => `${resourcePath}/${httpMethod}`;

export const newMethodThrottle = (): MethodThrottleDraft => ({ method: "", rateLimit: "", burstLimit: "" });
export const newApiStage = (): ApiStageDraft => ({ apiId: "", stage: "", methods: [] });

export function usagePlanDraft(plan?: UsagePlanJson): UsagePlanDraft {
  return {
    name: plan?.name ?? "",
    description: plan?.description ?? "",
    throttleEnabled: !!plan?.throttle,
    rateLimit: plan?.throttle ? String(plan.throttle.rateLimit) : "",
    burstLimit: plan?.throttle ? String(plan.throttle.burstLimit) : "",
    quotaEnabled: !!plan?.quota,
    quotaLimit: plan?.quota ? String(plan.quota.limit) : "",
    quotaPeriod: plan?.quota?.period ?? "DAY",
    quotaOffset: String(plan?.quota?.offset ?? 0),
    stages: rows(
      (plan?.apiStages ?? []).map((s) => ({
        apiId: s.apiId,
        stage: s.stage,
        methods: Object.entries(s.throttle ?? {}).map(([method, t]) => newRow({ method, rateLimit: String(t.rateLimit), burstLimit: String(t.burstLimit) })),
      })),
    ),
  };
}

// Number("") is 0 and Number(" 1 ") is 1: only plain decimal text counts as a number here.
const DECIMAL = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;

function readThrottle(rate: string, burst: string, problems: DraftProblems, rateKey: string, burstKey: string): ThrottleJson | null {
  const rateText = rate.trim();
  const burstText = burst.trim();
  if (!DECIMAL.test(rateText)) problems[rateKey] ??= "Rate is requests per second: a number of 0 or more.";
  if (!INTEGER.test(burstText)) problems[burstKey] ??= "Burst is a whole number of requests, 0 or more.";
  if (!DECIMAL.test(rateText) || !INTEGER.test(burstText)) return null;
  return { rateLimit: Number(rateText), burstLimit: Number(burstText) };
}

function readStage(row: Row<ApiStageDraft>, problems: DraftProblems): NonNullable<UsagePlanInputJson["apiStages"]>[number] | null {
  const { apiId, stage, methods } = row.value;
  if (!apiId || !stage) {
    problems[row.id] = apiId ? "Choose a stage of this API." : "Choose an API and one of its stages.";
    return null;
  }
  const throttle: Record<string, ThrottleJson> = {};
  const seen = new Set<string>();
  for (const method of methods) {
    if (!method.value.method) {
      problems[method.id] = "Choose the method this limit applies to.";
      continue;
    }
    if (seen.has(method.value.method)) {
      problems[method.id] = "Each method may have one limit.";
      continue;
    }
    seen.add(method.value.method);
    const limits = readThrottle(method.value.rateLimit, method.value.burstLimit, problems, method.id, method.id);
    if (limits) throttle[method.value.method] = limits;
  }
  return Object.keys(throttle).length > 0 ? { apiId, stage, throttle } : { apiId, stage };
}

/** What the form sends, or the problems to show next to the fields (keyed by field name or row id) before saving. */
export function usagePlanInput(draft: UsagePlanDraft): { ok: true; input: UsagePlanInputJson } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};

  const throttle = draft.throttleEnabled ? readThrottle(draft.rateLimit, draft.burstLimit, problems, "rateLimit", "burstLimit") : null;

  let quota: UsagePlanInputJson["quota"] = null;
  if (draft.quotaEnabled) {
    const limitText = draft.quotaLimit.trim();
    const offsetText = draft.quotaOffset.trim() || "0";
    const maxOffset = MAX_QUOTA_OFFSET[draft.quotaPeriod];
    if (!INTEGER.test(limitText)) problems.quotaLimit = "The quota is a whole number of requests, 0 or more.";
    if (!INTEGER.test(offsetText) || Number(offsetText) > maxOffset) {
      problems.quotaOffset = maxOffset === 0 ? "A DAY quota has no offset: use 0." : `The offset is a day from 0 to ${maxOffset}.`;
    }
    if (!problems.quotaLimit && !problems.quotaOffset) quota = { limit: Number(limitText), period: draft.quotaPeriod, offset: Number(offsetText) };
  }

  const apiStages: NonNullable<UsagePlanInputJson["apiStages"]> = [];
  const seen = new Set<string>();
  for (const row of draft.stages) {
    const stage = readStage(row, problems);
    if (!stage) continue;
    const pair = `${stage.apiId}\n${stage.stage}`;
    if (seen.has(pair)) problems[row.id] = "This API stage is already in the plan.";
    seen.add(pair);
    apiStages.push(stage);
  }

  const input = { name: draft.name.trim(), description: draft.description.trim(), throttle, quota, apiStages };
  // The route's own schema has the last word (name and description lengths, key formats), in its words.
  const checked = createUsagePlanSchema.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = issue.path[0] === "name" || issue.path[0] === "description" ? issue.path[0] : "form";
      problems[field] ??= issue.message;
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input };
}
