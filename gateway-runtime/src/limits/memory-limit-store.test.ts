import { describe, expect, it } from "vitest";
import { limitStoreCases } from "./limit-store.cases";
import { MemoryLimitStore } from "./memory-limit-store";

describe("MemoryLimitStore", () => {
  limitStoreCases(async () => ({ store: new MemoryLimitStore(), cleanup: async () => undefined }));

  it("decides synchronously (API keys and usage plans keep the pipeline on its sync path)", () => {
    const result = new MemoryLimitStore().admit({ buckets: [{ id: "b", rateLimit: 1, burstLimit: 1 }], quota: null, nowMs: 0 });
    expect(result).toBe("admitted");
  });
});
