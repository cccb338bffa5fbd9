import { describe, expect, it } from "vitest";
import { newRow } from "@/components/ui/rows";
import type { UsagePlanJson } from "@/lib/query/types";
import { methodThrottleKey, newApiStage, usagePlanDraft, usagePlanInput, type UsagePlanDraft } from "./usage-plan-draft";

const plan: UsagePlanJson = {
  id: "p1",
  name: "Gold",
  description: "paying customers",
  throttle: { rateLimit: 10.5, burstLimit: 20 },
  quota: { limit: 1000, period: "WEEK", offset: 1 },
  apiStages: [{ apiId: "a1", apiName: "pets", stage: "prod", throttle: { "/pets/GET": { rateLimit: 1, burstLimit: 2 } } }],
  keys: [],
  createdDate: "2026-11-21T00:00:00.000Z",
};

function draft(patch: Partial<UsagePlanDraft> = {}): UsagePlanDraft {
  return { ...usagePlanDraft(), name: "Basic", ...patch };
}

describe("usagePlanInput", () => {
  it("gives back the plan it was drafted from", () => {
    const result = usagePlanInput(usagePlanDraft(plan));
    expect(result).toEqual({
      ok: true,
      input: {
        name: "Gold",
        description: "paying customers",
        throttle: { rateLimit: 10.5, burstLimit: 20 },
        quota: { limit: 1000, period: "WEEK", offset: 1 },
        apiStages: [{ apiId: "a1", stage: "prod", throttle: { "/pets/GET": { rateLimit: 1, burstLimit: 2 } } }],
      },
    });
  });

  it("sends null for a throttle and quota left off, so saving clears them", () => {
    const result = usagePlanInput(usagePlanDraft({ ...plan, throttle: undefined, quota: undefined, apiStages: [] }));
    expect(result).toMatchObject({ ok: true, input: { throttle: null, quota: null, apiStages: [] } });
  });

  it("asks for a name", () => {
    expect(usagePlanInput(draft({ name: "  " }))).toEqual({ ok: false, problems: { name: "Give the plan a name." } });
    expect(usagePlanInput(draft({ name: "n".repeat(1025) }))).toMatchObject({ ok: false, problems: { name: expect.any(String) } });
  });

  it("refuses rates and bursts that are not plain numbers, a fractional burst among them", () => {
    const result = usagePlanInput(draft({ throttleEnabled: true, rateLimit: "abc", burstLimit: "2.5" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems).sort()).toEqual(["burstLimit", "rateLimit"]);
    // An empty field is not 0.
    expect(usagePlanInput(draft({ throttleEnabled: true, rateLimit: "", burstLimit: "1" })).ok).toBe(false);
  });

  it("holds the offset to the period's days: none for DAY, 0-6 for WEEK, 0-27 for MONTH", () => {
    const quota = (quotaPeriod: UsagePlanDraft["quotaPeriod"], quotaOffset: string) => usagePlanInput(draft({ quotaEnabled: true, quotaLimit: "3", quotaPeriod, quotaOffset }));
    expect(quota("DAY", "0")).toMatchObject({ ok: true, input: { quota: { limit: 3, period: "DAY", offset: 0 } } });
    expect(quota("DAY", "1")).toEqual({ ok: false, problems: { quotaOffset: "A DAY quota has no offset: use 0." } });
    expect(quota("WEEK", "6").ok).toBe(true);
    expect(quota("WEEK", "7")).toEqual({ ok: false, problems: { quotaOffset: "The offset is a day from 0 to 6." } });
    expect(quota("MONTH", "27").ok).toBe(true);
    expect(quota("MONTH", "28").ok).toBe(false);
  });

  it("refuses a quota limit that is not a whole number", () => {
    expect(usagePlanInput(draft({ quotaEnabled: true, quotaLimit: "1.5" }))).toMatchObject({ ok: false, problems: { quotaLimit: expect.any(String) } });
  });

  it("points at the API stage row that lacks an API or a stage, or repeats another", () => {
    const empty = newRow(newApiStage());
    const noStage = newRow({ ...newApiStage(), apiId: "a1" });
    const first = newRow({ ...newApiStage(), apiId: "a1", stage: "prod" });
    const again = newRow({ ...newApiStage(), apiId: "a1", stage: "prod" });
    const result = usagePlanInput(draft({ stages: [empty, noStage, first, again] }));
    expect(result).toEqual({
      ok: false,
      problems: {
        [empty.id]: "Choose an API and one of its stages.",
        [noStage.id]: "Choose a stage of this API.",
        [again.id]: "This API stage is already in the plan.",
      },
    });
  });

  it("points at method limits without a method, with bad numbers, or repeating a method", () => {
    const none = newRow({ method: "", rateLimit: "1", burstLimit: "1" });
    const bad = newRow({ method: "/a/GET", rateLimit: "-1", burstLimit: "1" });
    const ok = newRow({ method: "/b/GET", rateLimit: "1", burstLimit: "1" });
    const twice = newRow({ method: "/b/GET", rateLimit: "2", burstLimit: "2" });
    const stage = newRow({ apiId: "a1", stage: "prod", methods: [none, bad, ok, twice] });
    const result = usagePlanInput(draft({ stages: [stage] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems).sort()).toEqual([bad.id, none.id, twice.id].sort());
  });
});

describe("methodThrottleKey", () => {
  it("writes the resource path then the method, as AWS's usage plan throttle keys do", () => {
    expect(methodThrottleKey("/pets/{id}", "GET")).toBe("/pets/{id}/GET");
  });
});
