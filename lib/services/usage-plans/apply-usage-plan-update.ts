/** Applies an UpdateUsagePlan input to a plan's current document (pure); the caller validates the result. */
import type { ThrottleSettings } from "../../domain/runtime-contract";
import { badRequest } from "../../errors";
import type { UpdateUsagePlanInput } from "../../schemas/usage-plan.schema";
import { stageLabel, type ApiStage, type UsagePlanView } from "./usage-plan-view";

type Update = Required<Pick<UpdateUsagePlanInput, "removeApiStages" | "addApiStages" | "methodThrottles">> &
  Omit<UpdateUsagePlanInput, "removeApiStages" | "addApiStages" | "methodThrottles">;

export interface MergedPlan {
  name: string;
  description: string;
  productCode: string | null;
  throttle: unknown;
  quota: unknown;
  apiStages: ApiStage[];
}

export function applyUsagePlanUpdate(plan: UsagePlanView, update: Update): MergedPlan {
  const throttle =
    update.throttle === null ? null : update.throttle ? { rateLimit: 0, burstLimit: 0, ...plan.throttle, ...defined(update.throttle) } : (plan.throttle ?? null);
  const quota = update.quota === null ? null : update.quota ? { offset: 0, ...plan.quota, ...defined(update.quota) } : (plan.quota ?? null);
  let stages: ApiStage[] = update.apiStages ? update.apiStages.map((s) => ({ ...s })) : plan.apiStages.map((s) => ({ ...s }));
  for (const removed of update.removeApiStages) {
    const label = stageLabel(removed);
    if (!stages.some((s) => stageLabel(s) === label)) throw badRequest(`API Stage not found in usage plan: ${label}`);
    stages = stages.filter((s) => stageLabel(s) !== label);
  }
  for (const added of update.addApiStages) {
    if (stages.some((s) => stageLabel(s) === stageLabel(added))) throw badRequest(`API Stage already in usage plan: ${stageLabel(added)}`);
    stages.push({ apiId: added.apiId, stage: added.stage });
  }
  for (const edit of update.methodThrottles) {
    const stage = stages.find((s) => stageLabel(s) === stageLabel(edit));
    if (!stage) throw badRequest(`API Stage not found in usage plan: ${stageLabel(edit)}`);
    const methods = { ...stage.throttle };
    if (edit.remove) delete methods[edit.method];
    else {
      const was: Partial<ThrottleSettings> = Object.hasOwn(methods, edit.method) ? methods[edit.method] : {};
      methods[edit.method] = { rateLimit: 0, burstLimit: 0, ...was, ...defined({ rateLimit: edit.rateLimit, burstLimit: edit.burstLimit }) };
    }
    stage.throttle = methods;
    if (!Object.keys(methods).length) delete stage.throttle;
  }
  return {
    name: update.name ?? plan.name,
    description: update.description ?? plan.description,
    productCode: update.productCode === undefined ? (plan.productCode ?? null) : update.productCode || null,
    throttle,
    quota,
    apiStages: stages,
  };
}

/** Drops undefined fields so a spread does not erase what the plan has. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>; // same keys, minus the undefined ones
}
