/** The console's plans: each with its stages named by API and the keys attached to it. */
import { db } from "../../db";
import { findUsagePlanRowOrThrow, toUsagePlanView, type UsagePlanView } from "./usage-plan-view";

export interface UsagePlanDetail extends Omit<UsagePlanView, "apiStages" | "tags" | "productCode"> {
  apiStages: (UsagePlanView["apiStages"][number] & { apiName: string })[];
  keys: { id: string; name: string; customerId: string; enabled: boolean }[];
}

export async function listUsagePlanDetails(): Promise<UsagePlanDetail[]> {
  const rows = await db().usagePlan.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return Promise.all(rows.map((row) => detail(toUsagePlanView(row))));
}

export async function getUsagePlanDetail(usagePlanId: string): Promise<UsagePlanDetail> {
  return detail(toUsagePlanView(await findUsagePlanRowOrThrow(usagePlanId)));
}

async function detail(plan: UsagePlanView): Promise<UsagePlanDetail> {
  const [apis, keys] = await Promise.all([
    db().restApi.findMany({ where: { id: { in: plan.apiStages.map((s) => s.apiId) } }, select: { id: true, name: true } }),
    db().usagePlanKey.findMany({ where: { usagePlanId: plan.id }, include: { key: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const names = new Map(apis.map((api) => [api.id, api.name]));
  const { tags: _tags, productCode: _code, ...rest } = plan;
  return {
    ...rest,
    apiStages: plan.apiStages.map((stage) => ({ ...stage, apiName: names.get(stage.apiId) ?? stage.apiId })),
    keys: keys.map(({ key }) => ({ id: key.id, name: key.name, customerId: key.customerId ?? "", enabled: key.enabled })),
  };
}
