/** Key and plan service rules that must hold on every database; run by the .sqlite and .postgres test files. */
import { expect, it } from "vitest";
import { createApiKey } from "../api-keys/create-api-key";
import { importApiKeys } from "../api-keys/import-api-keys";
import { getRuntimeConfigVersion } from "../runtime/get-runtime-config";
import { createUsagePlan } from "./create-usage-plan";
import { updateUsage } from "./update-usage";
import { updateUsagePlan } from "./update-usage-plan";
import { createUsagePlanKey } from "./create-usage-plan-key";

async function rejection(call: Promise<unknown>): Promise<{ code?: string; message: string }> {
  const error = await call.then(() => null, (e: unknown) => e as { code?: string; message: string });
  expect(error, "expected the call to fail").not.toBeNull();
  return error!; // checked just above
}

export function usagePlanServiceCases(): void {
  it("refuses bad key and plan input with messages for people", async () => {
    expect(await rejection(createApiKey({ name: "" }))).toMatchObject({ code: "BadRequestException", message: "name: Give the key a name." });
    expect(await rejection(createUsagePlan({ name: "p", quota: { limit: 10, period: "MONTH", offset: 28 } }))).toMatchObject({
      message: "quota.offset: For a MONTH quota the offset is 0 to 27.",
    });
    expect((await rejection(createUsagePlan({ name: "p", quota: { limit: 10, period: "YEAR" as "DAY" } }))).message).toContain("DAY, WEEK or MONTH");
    expect((await rejection(createUsagePlan({ name: "p", throttle: { rateLimit: 1, burstLimit: -2 } }))).message).toContain("burstLimit cannot be negative");
    const plan = await createUsagePlan({ name: "p" });
    // A quota limit without a period cannot start a quota.
    expect((await rejection(updateUsagePlan(plan.id, { quota: { limit: 5 } }))).message).toContain("quota period must be DAY, WEEK or MONTH");
    expect((await rejection(updateUsagePlan(plan.id, { removeApiStages: [{ apiId: "a", stage: "b" }] }))).message).toBe("API Stage not found in usage plan: a:b");
  });

  it("bumps the runtime config version on every key, plan and plan-key write, and not on refused ones", async () => {
    const version = async () => Number(await getRuntimeConfigVersion());
    const v0 = await version();
    const key = await createApiKey({ name: "k" });
    const plan = await createUsagePlan({ name: "q", quota: { limit: 10, period: "DAY" } });
    await createUsagePlanKey(plan.id, { keyId: key.id });
    await updateUsage(plan.id, key.id, { remaining: 3 });
    expect(await version()).toBe(v0 + 4);
    await rejection(createApiKey({ name: "dup", value: key.value }));
    await rejection(updateUsage(plan.id, "missing", { remaining: 3 }));
    expect(await version()).toBe(v0 + 4);
  });

  it("imports a key twice as one key (the value identifies it) and takes single-quoted plan lists", async () => {
    const a = await createUsagePlan({ name: "a" });
    const b = await createUsagePlan({ name: "b" });
    const first = await importApiKeys({ csv: `key,name,UsagePlanIds\nimport-value-aaaaaaaaaaaaa,one,'${a.id},${b.id}'\n` });
    expect(first.warnings).toEqual([]);
    const again = await importApiKeys({ csv: `name,KEY,enabled\nrenamed,import-value-aaaaaaaaaaaaa,false\n` });
    expect(again.ids).toEqual(first.ids);
    const missing = await importApiKeys({ csv: `name,key,usageplanids\nx,import-value-bbbbbbbbbbbbb,nope\n` });
    expect(missing).toEqual({ ids: [], warnings: ["Line 2: Invalid Usage Plan ID specified: nope"] });
    expect((await rejection(importApiKeys({ csv: "name,description\nx,y\n" }))).message).toContain("Name and Key columns are required");
  });
}
