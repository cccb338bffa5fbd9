import { findUsagePlanRowOrThrow, toUsagePlanView, type UsagePlanView } from "./usage-plan-view";

/** GetUsagePlan. */
export async function getUsagePlanOrThrow(usagePlanId: string): Promise<UsagePlanView> {
  return toUsagePlanView(await findUsagePlanRowOrThrow(usagePlanId));
}
