import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_SETTING } from "@/lib/domain/stage-settings";
import { describeSetting, readDraft, toDraft } from "./method-setting-draft";

describe("method setting draft", () => {
  it("reads back the setting it was made from", () => {
    expect(readDraft(toDraft(DEFAULT_METHOD_SETTING))).toEqual({ ok: true, setting: DEFAULT_METHOD_SETTING });
  });

  it("refuses a TTL above AWS's 3600 seconds and negative limits, one message per field", () => {
    const result = readDraft({ ...toDraft(DEFAULT_METHOD_SETTING), cacheTtlInSeconds: "3601", throttlingRateLimit: "-1", throttlingBurstLimit: "-5" });
    expect(result).toEqual({
      ok: false,
      errors: {
        cacheTtlInSeconds: "The cache TTL is between 0 and 3600 seconds.",
        throttlingRateLimit: "The rate limit is 0 or more.",
        throttlingBurstLimit: "The burst limit is 0 or more.",
      },
    });
  });

  it("says 'Enter a number.' for an empty or non-numeric field instead of zod's NaN message", () => {
    const result = readDraft({ ...toDraft(DEFAULT_METHOD_SETTING), cacheTtlInSeconds: "", throttlingRateLimit: "ten" });
    expect(result).toEqual({ ok: false, errors: { cacheTtlInSeconds: "Enter a number.", throttlingRateLimit: "Enter a number." } });
  });

  it("accepts the edges: TTL 0 and 3600, limits 0, a fractional rate", () => {
    const result = readDraft({ ...toDraft(DEFAULT_METHOD_SETTING), cacheTtlInSeconds: "3600", throttlingRateLimit: "0.5", throttlingBurstLimit: "0" });
    expect(result.ok && [result.setting.cacheTtlInSeconds, result.setting.throttlingRateLimit, result.setting.throttlingBurstLimit]).toEqual([3600, 0.5, 0]);
    expect(readDraft({ ...toDraft(DEFAULT_METHOD_SETTING), cacheTtlInSeconds: "0" }).ok).toBe(true);
  });

  it("describes a setting in one line", () => {
    expect(describeSetting({ ...DEFAULT_METHOD_SETTING, cachingEnabled: true, cacheTtlInSeconds: 60, metricsEnabled: true })).toBe("10000 rps, burst 5000 · cache 60s · logs OFF · metrics");
  });
});
