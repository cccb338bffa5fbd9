import { describe, expect, it } from "vitest";
import { createApiKeyInput } from "./api-key-form";

const form = { name: "acme", customerId: "", description: "", value: "", usagePlanId: "", enabled: true };

describe("createApiKeyInput", () => {
  it("sends only the fields that were filled in", () => {
    expect(createApiKeyInput(form)).toEqual({ ok: true, input: { name: "acme", enabled: true } });
    expect(createApiKeyInput({ ...form, customerId: " c1 ", value: "v".repeat(20), usagePlanId: "p1", enabled: false })).toEqual({
      ok: true,
      input: { name: "acme", enabled: false, customerId: "c1", value: "v".repeat(20), usagePlanId: "p1" },
    });
  });

  it("asks for a name and for a chosen value of at least 20 characters without spaces", () => {
    const result = createApiKeyInput({ ...form, name: "", value: "too-short" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["name", "value"]);
    expect(createApiKeyInput({ ...form, value: "has spaces in the middle of it" }).ok).toBe(false);
  });
});
