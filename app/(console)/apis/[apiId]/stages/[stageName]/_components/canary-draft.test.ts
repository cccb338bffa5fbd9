import { describe, expect, it } from "vitest";
import { keyValueRows } from "@/components/ui/key-value-editor";
import { readCanaryDraft, type CanaryDraft } from "./canary-draft";

const draft = (patch: Partial<CanaryDraft> = {}): CanaryDraft => ({ percentTraffic: "10", deploymentId: "dep1", useStageCache: false, overrides: [], ...patch });

describe("readCanaryDraft", () => {
  it("turns the typed form into CanarySettings", () => {
    expect(readCanaryDraft(draft({ percentTraffic: "12.5", useStageCache: true, overrides: keyValueRows({ alias: "beta" }) }))).toEqual({
      ok: true,
      values: { percentTraffic: 12.5, deploymentId: "dep1", useStageCache: true, stageVariableOverrides: { alias: "beta" } },
    });
  });

  it("refuses a percentage outside 0..100 with the route's own message, and text with a readable one", () => {
    expect(readCanaryDraft(draft({ percentTraffic: "101" }))).toMatchObject({ ok: false, problems: { percentTraffic: "percentTraffic is between 0 and 100." } });
    expect(readCanaryDraft(draft({ percentTraffic: "" }))).toMatchObject({ ok: false, problems: { percentTraffic: "Enter a number between 0 and 100." } });
    expect(readCanaryDraft(draft({ percentTraffic: "100" })).ok).toBe(true);
  });

  it("checks override names and values like stage variables, and refuses a name twice", () => {
    const result = readCanaryDraft(draft({ overrides: keyValueRows({ "bad name": "x" }).concat(keyValueRows({ a: "1" }), keyValueRows({ a: "2" })) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.overrides[0]).toMatch(/letters, digits and _/);
    expect(result.problems.overrides.slice(1)).toEqual(["Each variable name may appear once.", "Each variable name may appear once."]);
  });
});
