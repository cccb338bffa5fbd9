import { describe, expect, it } from "vitest";
import { functionKey } from "./function-key";
import { checkEnvironment, checkSettings, isAliasName, isVersionNumber } from "./rules";

describe("checkSettings", () => {
  it("accepts Lambda's limits at both ends", () => {
    expect(checkSettings({ timeout: 1, memorySize: 128, runtime: "nodejs22.x", handler: "src/app.handler" })).toBeNull();
    expect(checkSettings({ timeout: 900, memorySize: 10240, runtime: "nodejs18.x" })).toBeNull();
  });

  it("reports every broken model constraint in one ValidationException", () => {
    expect(checkSettings({ timeout: 0, memorySize: 64 })).toEqual({
      type: "ValidationException",
      message:
        "2 validation errors detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    });
    expect(checkSettings({ timeout: 901 })?.message).toContain("Member must have value less than or equal to 900");
    expect(checkSettings({ handler: "index handler" })?.type).toBe("ValidationException");
  });

  it("refuses a runtime Portico does not run with Lambda's enum message", () => {
    expect(checkSettings({ runtime: "python3.12" })).toEqual({
      type: "InvalidParameterValueException",
      message: "Value python3.12 at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [nodejs18.x, nodejs20.x, nodejs22.x] or be a valid ARN",
    });
  });
});

describe("checkEnvironment", () => {
  it("accepts up to 4 KB measured as compact JSON and refuses one byte more", () => {
    // {"A":"..."} is 8 bytes around the value.
    expect(checkEnvironment({ A1: "x".repeat(4096 - 9) })).toBeNull();
    const over = checkEnvironment({ A1: "x".repeat(4096 - 8) });
    expect(over?.type).toBe("InvalidParameterValueException");
    expect(over?.message).toMatch(/exceeded the 4KB limit\. String measured: \{"A1":"x+"\}$/);
  });

  it("refuses reserved keys and keys outside Lambda's pattern", () => {
    expect(checkEnvironment({ AWS_REGION: "x", OK_KEY: "y" })?.message).toMatch(/Reserved keys used in this request: AWS_REGION$/);
    expect(checkEnvironment({ "1BAD": "x" })?.type).toBe("ValidationException");
  });
});

describe("qualifiers", () => {
  it("tells versions from alias names as Lambda does", () => {
    expect([isVersionNumber("12"), isVersionNumber("$LATEST"), isVersionNumber("live")]).toEqual([true, false, false]);
    expect([isAliasName("live"), isAliasName("blue-2"), isAliasName("12"), isAliasName("$LATEST")]).toEqual([true, true, false, false]);
  });
});

describe("functionKey", () => {
  const parts = { codeSha256: "abc=", handler: "index.handler", environment: { A: "1", B: "2" }, timeoutMs: 3000, memoryMb: 128 };
  it("is the same for equal configurations whatever the variable order", () => {
    expect(functionKey(parts)).toBe(functionKey({ ...parts, environment: { B: "2", A: "1" } }));
    expect(functionKey(parts)).toMatch(/^[0-9a-f]{64}$/);
  });
  it("changes with code, handler, environment or limits", () => {
    const base = functionKey(parts);
    const changed = [
      { ...parts, codeSha256: "abd=" },
      { ...parts, handler: "app.handler" },
      { ...parts, environment: { A: "1" } },
      { ...parts, timeoutMs: 4000 },
      { ...parts, memoryMb: 256 },
    ].map(functionKey);
    expect(new Set([base, ...changed]).size).toBe(6);
  });
});
