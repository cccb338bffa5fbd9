import { describe, expect, it } from "vitest";
import { createApiKeyInput } from "./api-key-form";

const form = { name: "acme", customerId: "", description: "", value: "", usagePlanId: "", enabled: true };

describe("createApiKeyInput", () => {
  it("sends only the fields that were filled in", () => {
    expect(createApiKeyInput(form)).toEqual({ ok: true, input: { name: "acme", enabled: true } });
    expect(createApiKeyInput({ ...form, name: " acme ", customerId: " c1 ", value: "v".repeat(20), usagePlanId: "p1", enabled: false })).toEqual({
      ok: true,
      input: { name: "acme", enabled: false, customerId: "c1", value: "v".repeat(20), usagePlanId: "p1" },
    });
  });

  it("asks for a name, and for a chosen value of 20 to 128 characters, with AWS's message", () => {
    const result = createApiKeyInput({ ...form, name: " ", value: "too-short" });
    expect(result).toEqual({ ok: false, errors: { name: "Give the key a name.", value: "API Key value should be at least 20 characters" } });
    expect(createApiKeyInput({ ...form, value: "v".repeat(129) }).ok).toBe(false);
  });
});
